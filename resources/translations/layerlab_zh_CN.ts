<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Compare runs</source>
            <translation>对比运行</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>课程</translation>
        </message>
        <message>
            <source>&amp;Lessons</source>
            <translation>课程(&amp;L)</translation>
        </message>
        <message>
            <source>Show the Lesson Panel</source>
            <translation>显示课程面板</translation>
        </message>
        <message>
            <source>This lesson's project cannot be built: %1</source>
            <extracomment>How often, and how many times, a train step checks whether the worker is ready for Train. Actions whose results the comparison plot shows. ``marks[k]``: the undo-stack index once the edits of steps 0 … k−1 are in (marks[0]: preset). Something the teacher should read (a step that could not run, and why); "" clears it.</extracomment>
            <translation>无法构建本课的项目：%1</translation>
        </message>
        <message>
            <source>Lesson %1, step %2</source>
            <translation>第 %1 课，第 %2 步</translation>
        </message>
        <message>
            <source>This step could not run: %1</source>
            <translation>这一步无法运行：%1</translation>
        </message>
        <message>
            <source>Training did not start: %1</source>
            <translation>训练没有开始：%1</translation>
        </message>
        <message>
            <source>Cannot train yet: %1</source>
            <translation>还不能训练：%1</translation>
        </message>
        <message>
            <source>Add %1</source>
            <translation>添加 %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>粘贴</translation>
        </message>
        <message>
            <source>Arrange layers</source>
            <translation>排列各层</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>移动 %1</translation>
        </message>
        <message>
            <source>Move %n layers</source>
            <translation>移动 %n 个层</translation>
        </message>
        <message>
            <source>Drag onto another layer to connect it.</source>
            <translation>拖到另一个层上即可连接。</translation>
        </message>
        <message>
            <source>Release to connect %1 → %2.</source>
            <translation>松开即可连接 %1 → %2。</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>无法连接：%1</translation>
        </message>
        <message>
            <source>Connect %1 → %2</source>
            <translation>连接 %1 → %2</translation>
        </message>
    </context>
    <context>
        <name>ActivationPlot</name>
        <message>
            <source>The layer whose pre-activation values are shown as a histogram</source>
            <extracomment>The x range the curves are drawn over when no histogram says otherwise.</extracomment>
            <translation>以直方图显示其激活前数值的层</translation>
        </message>
        <message>
            <source>The activation function drawn</source>
            <translation>所绘制的激活函数</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>函数</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>样本</translation>
        </message>
        <message>
            <source>%1 mixes a whole row of units: it has no curve of one variable</source>
            <translation>%1 会混合一整行神经元的输出：它没有单变量的函数曲线</translation>
        </message>
    </context>
    <context>
        <name>BoundaryPlot</name>
        <message>
            <source>Show test data</source>
            <extracomment>Grid cells per side of the heatmap (Playground's resolution). Points along the fitted curve of a 1-D regression. Room around the data, as a fraction of its extent. How light the heatmap is, so the samples on top stay readable (0 = white, 1 = full colour).</extracomment>
            <translation>显示测试数据</translation>
        </message>
        <message>
            <source>Also draw the held-out samples (outlined in black)</source>
            <translation>同时画出留出的样本（黑色描边）</translation>
        </message>
        <message>
            <source>Discretize output</source>
            <translation>离散化输出</translation>
        </message>
        <message>
            <source>Colour each point by the class the network picks</source>
            <translation>按网络判定的类别给每个点着色</translation>
        </message>
        <message>
            <source>Choose a data set to see the network's answer.</source>
            <extracomment>How many times the heatmap or curve was redrawn (tests watch it change).</extracomment>
            <translation>选择一个数据集，即可看到网络的回答。</translation>
        </message>
        <message numerus="yes">
            <source>The decision boundary is drawn for data with two inputs, as in Playground (and the fitted curve for one input). This data set has %n feature(s): see the confusion matrix for how well its classes are told apart.</source>
            <translation>
                <numerusform>与 Playground 一样，决策边界只对两个输入的数据绘制（一个输入时绘制拟合曲线）。这个数据集有 %n 个特征：各类别区分得如何，请看混淆矩阵。</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <source>&amp;Presentation Mode</source>
            <extracomment>Hidden in presentation mode: settings a class rarely needs to see while a teacher demonstrates. The canvas zoom factor presentation mode applied (undone when it ends). Whether a widget was hidden already when the classroom view hid it.</extracomment>
            <translation>演示模式(&amp;P)</translation>
        </message>
        <message>
            <source>Larger text and thicker plot lines for a projector; advanced controls hidden</source>
            <translation>为投影仪放大文字、加粗曲线，并隐藏高级控件</translation>
        </message>
        <message>
            <source>Plot &amp;Full Screen</source>
            <translation>图表全屏(&amp;F)</translation>
        </message>
        <message>
            <source>Show the plot under the pointer full screen (Esc leaves)</source>
            <translation>将鼠标所指的图表全屏显示（按 Esc 退出）</translation>
        </message>
        <message>
            <source>&amp;Hide Controls…</source>
            <translation>隐藏控件(&amp;H)…</translation>
        </message>
        <message>
            <source>Choose controls to hide; saved with the project for students</source>
            <translation>选择要隐藏的控件；随项目保存，分发给学生</translation>
        </message>
        <message>
            <source>&amp;Show All Controls</source>
            <translation>显示全部控件(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Classroom</source>
            <translation>课堂(&amp;C)</translation>
        </message>
        <message>
            <source>This project hides controls this version does not have: %1</source>
            <translation>此项目隐藏了本版本没有的控件：%1</translation>
        </message>
        <message>
            <source>Hide controls</source>
            <translation>隐藏控件</translation>
        </message>
        <message>
            <source>No plot is shown to put full screen.</source>
            <translation>当前没有可以全屏显示的图表。</translation>
        </message>
    </context>
    <context>
        <name>ComparisonPlot</name>
        <message>
            <source>Loss surface</source>
            <extracomment>How often a running comparison is polled and redrawn (ms): the plots' 30 Hz. How long a replay of the runs takes (ms). Cells per side of a shared surface, and of each surface when every run has its own. Which right-hand view a lesson step's ``look_at`` asks for. (The first of them the runs allow: a 1-D regression has fitted curves, a 2-D classification decision boundaries.)</extracomment>
            <translation>损失曲面</translation>
        </message>
        <message>
            <source>Fitted curves</source>
            <translation>拟合曲线</translation>
        </message>
        <message>
            <source>Decision boundaries</source>
            <translation>决策边界</translation>
        </message>
        <message>
            <source>Per layer</source>
            <translation>逐层</translation>
        </message>
        <message>
            <source>What the right-hand side shows once the runs are over</source>
            <translation>运行结束后右侧显示的内容</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>对数坐标</translation>
        </message>
        <message>
            <source>Loss on a logarithmic axis: a run that blows up stays in view</source>
            <translation>用对数坐标显示损失：发散的运行也不会跑出画面</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>重播</translation>
        </message>
        <message>
            <source>Play the runs again, side by side in time, slowly enough to follow</source>
            <translation>把各次运行按时间并排重新播放，慢到可以看清</translation>
        </message>
        <message>
            <source>loss</source>
            <extracomment>A line under the plots: which plane the surface is, or why a view cannot be drawn.
----------
The finished runs' pictures by view (None where one does not apply); empty before.</extracomment>
            <translation>损失</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>轮次</translation>
        </message>
        <message>
            <source>Lessons that compare settings show their runs here, side by side.</source>
            <extracomment>What is being shown: a Comparison, or None (a race, a curvature, or nothing yet). Drawn paths: (points, time of each point, line items, end marker), for Replay. Where a replay is (0 … 1 of the runs' length), or None when showing everything. One line per optimizer of a race: its step size and when it arrived.</extracomment>
            <translation>对比不同设置的课程会把各次运行并排显示在这里。</translation>
        </message>
        <message>
            <source>%1 (%2 steps/epoch)</source>
            <translation>%1（每轮 %2 步）</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>训练中…</translation>
        </message>
        <message>
            <source>f &lt; %1 at step %2</source>
            <translation>第 %2 步时 f &lt; %1</translation>
        </message>
        <message>
            <source>not below %1</source>
            <translation>未降到 %1 以下</translation>
        </message>
        <message>
            <source>%1 (%2 steps/epoch, %3 ms/epoch)</source>
            <translation>%1（每轮 %2 步，每轮 %3 毫秒）</translation>
        </message>
        <message>
            <source>solid: training, dashed: evaluation</source>
            <translation>实线：训练，虚线：验证</translation>
        </message>
        <message>
            <source>Colour = the network's output over the plane of the two inputs; dots = training data.</source>
            <translation>颜色 = 网络在两个输入构成的平面上的输出；圆点 = 训练数据。</translation>
        </message>
        <message>
            <source>Measured on the first 64 training samples after training.</source>
            <translation>训练结束后在前 64 个训练样本上测得。</translation>
        </message>
        <message>
            <source>%1: a gradient of exactly 0 (every unit dead) cannot be drawn on the log axis.</source>
            <translation>%1：梯度恰好为 0（所有神经元都已死亡），无法画在对数坐标上。</translation>
        </message>
        <message>
            <source>step</source>
            <translation>步数</translation>
        </message>
        <message>
            <source>a minimum: every eigenvalue &gt; 0</source>
            <translation>极小值点：所有特征值 &gt; 0</translation>
        </message>
        <message>
            <source>a maximum: every eigenvalue &lt; 0</source>
            <translation>极大值点：所有特征值 &lt; 0</translation>
        </message>
        <message>
            <source>a saddle point: eigenvalues of both signs</source>
            <translation>鞍点：特征值有正有负</translation>
        </message>
        <message>
            <source>Hessian eigenvalues at (%1): %2 → %3</source>
            <translation>(%1) 处的 Hessian 特征值：%2 → %3</translation>
        </message>
        <message>
            <source>along eigenvector %1 (λ = %2)</source>
            <translation>沿特征向量 %1（λ = %2）</translation>
        </message>
        <message>
            <source>distance from the point</source>
            <translation>到该点的距离</translation>
        </message>
        <message>
            <source>Drawn when the runs are over.</source>
            <translation>运行结束后绘制。</translation>
        </message>
        <message>
            <source>Colour = log₁₀ loss over the network's only two weights: all of its loss.</source>
            <translation>颜色 = 网络仅有的两个权重上的 log₁₀ 损失：这就是它的全部损失。</translation>
        </message>
        <message>
            <source>Colour = log₁₀ loss over the plane the runs moved in most (%1% of their movement).</source>
            <translation>颜色 = 各次运行移动最多的平面上的 log₁₀ 损失（占其移动的 %1%）。</translation>
        </message>
        <message>
            <source>training data</source>
            <translation>训练数据</translation>
        </message>
        <message>
            <source>gradient norm</source>
            <translation>梯度范数</translation>
        </message>
        <message>
            <source>dead units</source>
            <translation>死亡神经元</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>层</translation>
        </message>
    </context>
    <context>
        <name>ConfusionPlot</name>
        <message>
            <source>Evaluation split</source>
            <extracomment>Above this many classes the counts are not written into the cells (they would not fit).</extracomment>
            <translation>验证集</translation>
        </message>
        <message>
            <source>Test split</source>
            <translation>测试集</translation>
        </message>
        <message>
            <source>Which held-out samples to count</source>
            <translation>统计哪一部分留出的样本</translation>
        </message>
        <message>
            <source>true class</source>
            <translation>真实类别</translation>
        </message>
        <message>
            <source>predicted class</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <source>Choose a data set first.</source>
            <extracomment>The counts on screen (rows: true class, columns: predicted), or None. The training step of the weights the counts are for.</extracomment>
            <translation>请先选择数据集。</translation>
        </message>
        <message>
            <source>A confusion matrix counts classes; this data set is a regression.</source>
            <translation>混淆矩阵统计的是类别；这个数据集是回归任务。</translation>
        </message>
        <message>
            <source>There is no held-out data: give the evaluation or test split a share.</source>
            <translation>没有留出的数据：请给验证集或测试集分配一定比例。</translation>
        </message>
        <message>
            <source>%1 of %2 right</source>
            <translation>%2 个中答对 %1 个</translation>
        </message>
    </context>
    <context>
        <name>DataPanel</name>
        <message>
            <source>Data set</source>
            <extracomment>The percent range of the split sliders. The data set as the project names it now (None: none chosen or it failed to load).</extracomment>
            <translation>数据集</translation>
        </message>
        <message>
            <source>Import a CSV or NPZ file…</source>
            <translation>导入 CSV 或 NPZ 文件…</translation>
        </message>
        <message>
            <source>Choose a data set…</source>
            <translation>选择数据集…</translation>
        </message>
        <message>
            <source>last column</source>
            <translation>最后一列</translation>
        </message>
        <message>
            <source>The column (name or 0-based number) that holds the target</source>
            <translation>存放目标值的列（列名或从 0 开始的序号）</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>分类</translation>
        </message>
        <message>
            <source>Regression</source>
            <translation>回归</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>样本数</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>噪声</translation>
        </message>
        <message>
            <source>Data seed</source>
            <translation>数据随机种子</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Target column</source>
            <translation>目标列</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>任务</translation>
        </message>
        <message>
            <source>Input features</source>
            <translation>输入特征</translation>
        </message>
        <message>
            <source>What the network is fed for each point: x₁², sin x₁, … let even a small network draw curves</source>
            <translation>每个点输入给网络的特征：有了 x₁²、sin x₁ 等，很小的网络也能画出曲线</translation>
        </message>
        <message>
            <source>Split and scaling</source>
            <translation>划分与缩放</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>测试集</translation>
        </message>
        <message>
            <source>Held out until the end: the final, honest score</source>
            <translation>一直留到最后：给出最终的、诚实的分数</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>验证集</translation>
        </message>
        <message>
            <source>Share of the rest checked after every epoch</source>
            <translation>其余数据中每轮结束后用来检查的比例</translation>
        </message>
        <message>
            <source>Stratified</source>
            <translation>分层抽样</translation>
        </message>
        <message>
            <source>Every class keeps its share of the samples in each split</source>
            <translation>每个划分中各类别样本所占比例保持不变</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>Standardize (mean 0, spread 1)</source>
            <translation>标准化（均值 0，标准差 1）</translation>
        </message>
        <message>
            <source>Min–max (0 to 1)</source>
            <translation>最小–最大归一化（0 到 1）</translation>
        </message>
        <message>
            <source>Fitted on the training split only, then applied to all</source>
            <translation>只在训练集上拟合，再应用到全部数据</translation>
        </message>
        <message>
            <source>Scaling</source>
            <translation>缩放</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>文件：%1</translation>
        </message>
        <message>
            <source>No data set chosen.</source>
            <translation>尚未选择数据集。</translation>
        </message>
        <message>
            <source>%1 samples: %2 train · %3 evaluation · %4 test</source>
            <translation>%1 个样本：训练 %2 · 验证 %3 · 测试 %4</translation>
        </message>
        <message>
            <source>Choose data set</source>
            <translation>选择数据集</translation>
        </message>
        <message>
            <source>Import data</source>
            <translation>导入数据</translation>
        </message>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.npz);;All files (*)</source>
            <translation>数据文件 (*.csv *.tsv *.txt *.npz);;所有文件 (*)</translation>
        </message>
        <message>
            <source>Change data set</source>
            <translation>更换数据集</translation>
        </message>
        <message>
            <source>Fit the Input to the data</source>
            <translation>让输入层适配数据</translation>
        </message>
        <message>
            <source>Change split</source>
            <translation>更改划分</translation>
        </message>
        <message>
            <source>Change scaling</source>
            <translation>更改缩放</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the network</source>
            <extracomment>The files one export wrote (the main file first).</extracomment>
            <translation>导出网络</translation>
        </message>
        <message>
            <source>ONNX model (.onnx), for onnxruntime and other tools</source>
            <translation>ONNX 模型（.onnx），用于 onnxruntime 等工具</translation>
        </message>
        <message>
            <source>PyTorch code (.py) with its weights (.npz)</source>
            <translation>PyTorch 代码（.py）及其权重（.npz）</translation>
        </message>
        <message>
            <source>Keras 3 code (.py) with its weights (.npz)</source>
            <translation>Keras 3 代码（.py）及其权重（.npz）</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Export</source>
            <extracomment>What will be exported (which weights), or why nothing can be. Why the last export failed, in words.</extracomment>
            <translation>导出</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>保存到</translation>
        </message>
        <message>
            <source>Exports the weights after %1 training steps in this window.</source>
            <translation>导出本窗口中训练 %1 步后的权重。</translation>
        </message>
        <message>
            <source>Training goes on: this is its newest snapshot.</source>
            <translation>训练仍在进行：这是最新的快照。</translation>
        </message>
        <message>
            <source>Exports the trained weights saved in the project.</source>
            <translation>导出项目中保存的已训练权重。</translation>
        </message>
        <message>
            <source>Nothing is trained yet: press Train first, then export.</source>
            <translation>还没有训练：请先点“训练”，再导出。</translation>
        </message>
        <message>
            <source>ONNX models (*.onnx)</source>
            <translation>ONNX 模型 (*.onnx)</translation>
        </message>
        <message>
            <source>Python files (*.py)</source>
            <translation>Python 文件 (*.py)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>导出到</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>请选择要导出到的文件。</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>无法导出：%1</translation>
        </message>
        <message>
            <source>Could not export: this format needs the Python package “%1”, which is not installed.</source>
            <translation>无法导出：这种格式需要 Python 包“%1”，但它没有安装。</translation>
        </message>
        <message>
            <source>Exported to %1: %2</source>
            <translation>已导出到 %1：%2</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>Untitled</source>
            <extracomment>What Save writes: the document's project, or (set by the training side) the project with the weights trained in the window, so the file predicts as the window does.</extracomment>
            <translation>未命名</translation>
        </message>
        <message>
            <source>Save the changes to “%1” first?</source>
            <translation>先保存对“%1”的修改吗？</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>未保存的修改</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>打开项目</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>项目另存为</translation>
        </message>
        <message>
            <source>LayerLab did not close properly last time. Restore the unsaved work on “%1” from %2?</source>
            <translation>LayerLab 上次没有正常关闭。要恢复 %2 时“%1”中未保存的工作吗？</translation>
        </message>
        <message>
            <source>Restore unsaved work</source>
            <translation>恢复未保存的工作</translation>
        </message>
        <message>
            <source>LayerLab</source>
            <translation>LayerLab</translation>
        </message>
        <message>
            <source>LayerLab projects (*.layerlab *.json)</source>
            <translation>LayerLab 项目 (*.layerlab *.json)</translation>
        </message>
        <message>
            <source>Could not save “%1”: %2</source>
            <translation>无法保存“%1”：%2</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>自动保存失败：%1</translation>
        </message>
    </context>
    <context>
        <name>GradientPlot</name>
        <message>
            <source>‖gradient‖</source>
            <extracomment>Measurements kept for the lines (each is one row of per-layer norms). Up to this many measurements, each is also drawn as a dot. The hints box scrolls beyond this height (pixels), so it never pushes the plots away.</extracomment>
            <translation>‖梯度‖</translation>
        </message>
        <message>
            <source>step</source>
            <translation>步数</translation>
        </message>
        <message>
            <source>share of units</source>
            <translation>神经元占比</translation>
        </message>
        <message>
            <source>dead</source>
            <translation>死亡</translation>
        </message>
        <message>
            <source>saturated</source>
            <translation>饱和</translation>
        </message>
        <message>
            <source>share of weights</source>
            <translation>权重占比</translation>
        </message>
        <message>
            <source>weight value</source>
            <translation>权重值</translation>
        </message>
        <message>
            <source>weights of each layer (colours as above)</source>
            <translation>各层的权重（颜色同上）</translation>
        </message>
        <message>
            <source>No warning signs: gradients reach every layer and units are alive.</source>
            <translation>没有异常迹象：梯度能传到每一层，神经元都是活跃的。</translation>
        </message>
    </context>
    <context>
        <name>GraphDocument</name>
        <message numerus="yes">
            <source>(+%n more)</source>
            <extracomment>Configuration or name of a node changed. Shapes, parameter counts and problems were recomputed (after every edit). ``(has_errors, reason)``: whether the graph can train and, if not, why (for Train). Node ids now selected, in selection order. A different project was loaded: views rebuild everything. Names of project settings (``dataset``, ``training``, …) that changed.</extracomment>
            <translation>
                <numerusform>（另有 %n 个）</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>GraphView</name>
        <message>
            <source>Drag layers here from the palette, or pick a template from File ▸ New from template</source>
            <translation>从层面板把层拖到这里，或在“文件 ▸ 从模板新建”中选一个模板</translation>
        </message>
    </context>
    <context>
        <name>HideControlsDialog</name>
        <message>
            <source>Hide Controls</source>
            <translation>隐藏控件</translation>
        </message>
        <message>
            <source>Ticked controls are hidden. The choice is saved in the project, so students who open the file see the same view.</source>
            <translation>勾选的控件会被隐藏。这个选择保存在项目中，学生打开文件时看到的是同样的界面。</translation>
        </message>
        <message>
            <source>Open this project in presentation mode</source>
            <translation>以演示模式打开此项目</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <source>%n layers selected.</source>
            <translation>
                <numerusform>已选中 %n 个层。</numerusform>
            </translation>
        </message>
        <message>
            <source>Select a layer on the canvas to see and edit its settings.</source>
            <translation>在画布上选中一个层，即可查看和编辑它的设置。</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>输出形状</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>参数量</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>The network has %1 layers and %2 parameters.</source>
            <translation>网络共有 %1 个层、%2 个参数。</translation>
        </message>
        <message>
            <source>It is ready to train.</source>
            <translation>可以开始训练了。</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>修改 %2 的 %1</translation>
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation>将 %1 重命名为 %2</translation>
        </message>
    </context>
    <context>
        <name>LandscapePlot</name>
        <message>
            <source>Random plane (live)</source>
            <extracomment>Cells per side while training runs, and once it stops (fewer for large networks). Networks with more weights than this get the smaller full resolution. Samples the loss is averaged over at each cell (the first of the training split). Weights offered for the exact two-weight surface (the first of the network's). Room around the two weights' path on the exact surface, at least (in weight units).</extracomment>
            <translation>随机平面（实时）</translation>
        </message>
        <message>
            <source>Plane of the path (PCA)</source>
            <translation>路径所在平面（PCA）</translation>
        </message>
        <message>
            <source>Two weights (exact)</source>
            <translation>两个权重（精确）</translation>
        </message>
        <message>
            <source>Random plane: two random directions through the weights, updated while training.
Plane of the path: the two directions training moved along most (after it stops).
Two weights: the exact loss as two chosen weights vary, the others held fixed.</source>
            <translation>随机平面：穿过当前权重的两个随机方向，训练时实时更新。
路径所在平面：训练中移动最多的两个方向（训练停止后计算）。
两个权重：让选定的两个权重变化、其余权重固定时的精确损失。</translation>
        </message>
        <message>
            <source>The weight along the horizontal axis</source>
            <translation>横轴对应的权重</translation>
        </message>
        <message>
            <source>The weight along the vertical axis</source>
            <translation>纵轴对应的权重</translation>
        </message>
        <message>
            <source>3-D</source>
            <translation>三维</translation>
        </message>
        <message>
            <source>Show the surface as a relief with the path on it; drag with the mouse to turn it</source>
            <translation>把曲面显示为带路径的立体地形；用鼠标拖动可以旋转</translation>
        </message>
        <message>
            <source>Choose a data set first.</source>
            <translation>请先选择数据集。</translation>
        </message>
        <message>
            <source>The plane of the path is computed when training pauses or stops.</source>
            <translation>路径所在平面在训练暂停或停止时计算。</translation>
        </message>
        <message>
            <source>Choose two different weights for the two axes.</source>
            <translation>请为两个坐标轴选择两个不同的权重。</translation>
        </message>
        <message>
            <source>Exact loss over two weights, the others held; colour = log₁₀ loss</source>
            <translation>两个权重上的精确损失，其余权重固定；颜色 = log₁₀ 损失</translation>
        </message>
        <message>
            <source>%1, path explained %2%</source>
            <translation>%1，路径解释了 %2%</translation>
        </message>
        <message>
            <source>%1 grid, colour = log₁₀ loss</source>
            <translation>%1 网格，颜色 = log₁₀ 损失</translation>
        </message>
    </context>
    <context>
        <name>LayerPalette</name>
        <message>
            <source>Search layers…</source>
            <translation>搜索层…</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <source>Loss</source>
            <extracomment>The plots a step can point at, by the name lesson files use, with the dock title they carry.</extracomment>
            <translation>损失</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>损失曲面</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Gradient flow</source>
            <translation>梯度流</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>画布</translation>
        </message>
        <message>
            <source>Back</source>
            <extracomment>Views whose results a finished comparison answers better than the main plots do. Where the teacher was (``"07:2"``: lesson 07, third step), kept in the app's settings. Steps run in the open lesson, and the last comparison-type step run (its plot answers a later "show" step that looks at the loss or the surface).</extracomment>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <source>Reset lesson</source>
            <translation>重置课程</translation>
        </message>
        <message>
            <source>Put the lesson's project back as it started, to replay it</source>
            <translation>把本课的项目恢复到开始时的样子，以便重新演示</translation>
        </message>
        <message>
            <source>Choose a lesson</source>
            <translation>选择课程</translation>
        </message>
        <message>
            <source>Run this step</source>
            <translation>运行这一步</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>第 %1 步，共 %2 步</translation>
        </message>
        <message>
            <source>Compare runs</source>
            <translation>对比运行</translation>
        </message>
        <message>
            <source>Look at: %1</source>
            <translation>请看：%1</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>指给我看</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>Log scale</source>
            <extracomment>Shortest time between two readings of the loss history for hints, in milliseconds.</extracomment>
            <translation>对数坐标</translation>
        </message>
        <message>
            <source>Show the loss on a logarithmic axis (small values stay visible)</source>
            <translation>用对数坐标显示损失（很小的值也看得清）</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>train, per step</source>
            <translation>训练，每步</translation>
        </message>
        <message>
            <source>train, per epoch</source>
            <translation>训练，每轮</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>验证</translation>
        </message>
        <message>
            <source>train</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>step</source>
            <translation>步数</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Panels</source>
            <extracomment>The user confirmed closing (unsaved changes were handled); stop background work now.</extracomment>
            <translation>面板(&amp;P)</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>属性</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <extracomment>Worker, data and training panels, live plots (see gui/training_ui.py). Lesson panel, comparison plot and the Lessons menu (see gui/lessons/). Presentation mode, hidden controls, a plot full screen; Edit ▸ Settings… (gui/classroom.py).</extracomment>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>打开(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>另存为(&amp;A)…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>导出(&amp;E)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>再制一份(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>全选(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Fit to View</source>
            <translation>适合窗口(&amp;F)</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>放大(&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>缩小(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>实际大小(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Arrange Left to Right</source>
            <translation>从左到右排列(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>从模板新建(&amp;T)</translation>
        </message>
        <message>
            <source>Open &amp;Example</source>
            <translation>打开示例(&amp;E)</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>最近打开(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>清空列表</translation>
        </message>
        <message>
            <source>(no recent projects)</source>
            <translation>（没有最近的项目）</translation>
        </message>
        <message>
            <source>Zoom %1%</source>
            <translation>缩放 %1%</translation>
        </message>
        <message>
            <source>%1[*] — LayerLab</source>
            <translation>%1[*] — LayerLab</translation>
        </message>
    </context>
    <context>
        <name>NodeItem</name>
        <message numerus="yes">
            <source>+%n more unit(s)</source>
            <extracomment>The unit heatmaps under a card: side of one tile, gap between tiles, tiles per row, rows.</extracomment>
            <translation>
                <numerusform>另有 %n 个神经元</numerusform>
            </translation>
        </message>
        <message>
            <source>What each unit of this layer computes over the input plane, as training runs: orange for negative outputs, white near 0, blue for positive.</source>
            <translation>训练过程中这一层每个神经元在输入平面上计算的结果：橙色为负输出，白色接近 0，蓝色为正输出。</translation>
        </message>
        <message>
            <source>out  %1</source>
            <translation>输出  %1</translation>
        </message>
        <message>
            <source>params  ?</source>
            <translation>参数  ?</translation>
        </message>
        <message>
            <source>params  %1</source>
            <translation>参数  %1</translation>
        </message>
    </context>
    <context>
        <name>PlotPanel</name>
        <message>
            <source>Export</source>
            <extracomment>Playground's colours: orange for the first class (or low values), blue for the second. The noisy per-step loss: a pale blue, opaque (translucent lines cost more to paint). Width of a stacked plot's left axis (ticks, tick labels and title together), in pixels. Fixed, so that plots stacked with linked x axes line up, and so that a tick label that grows by a digit does not make pyqtgraph lay the whole plot out again (a relayout costs a frame's paint). Room added past the last x value when the range grows, as a fraction of it. Margin above and below the data on the y axis, as a fraction of its span. Refit when the data spans less than this share of the shown y range.</extracomment>
            <translation>导出</translation>
        </message>
        <message>
            <source>Save this plot as an image or its numbers as a table</source>
            <translation>把这张图保存为图片，或把其中的数值保存为表格</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>图片（PNG）…</translation>
        </message>
        <message>
            <source>Vector image (SVG)…</source>
            <translation>矢量图（SVG）…</translation>
        </message>
        <message>
            <source>Numbers (CSV)…</source>
            <translation>数值（CSV）…</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG 图片 (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG 图片 (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV 表格 (*.csv)</translation>
        </message>
        <message>
            <source>Export plot</source>
            <translation>导出图表</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Layer</source>
            <translation>层</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>问题</translation>
        </message>
        <message>
            <source>network</source>
            <translation>网络</translation>
        </message>
        <message>
            <source>No problems: the network is ready to train.</source>
            <translation>没有问题：网络可以开始训练了。</translation>
        </message>
        <message>
            <source>1 error</source>
            <translation>1 个错误</translation>
        </message>
        <message>
            <source>%1 errors</source>
            <translation>%1 个错误</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 个警告</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 个警告</translation>
        </message>
    </context>
    <context>
        <name>RegistryEditor</name>
        <message>
            <source>(none)</source>
            <translation>（无）</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>跟随系统（%1）</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <source>Presentation mode (F5)</source>
            <translation>演示模式（F5）</translation>
        </message>
        <message>
            <source>Larger text and thicker plot lines for a projector; advanced controls hidden</source>
            <translation>为投影仪放大文字、加粗曲线，并隐藏高级控件</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>课堂</translation>
        </message>
        <message>
            <source>Presentation text size</source>
            <translation>演示文字大小</translation>
        </message>
        <message>
            <source>The language changes at once; texts showing live numbers follow at their next update.</source>
            <translation>语言会立即切换；显示实时数值的文字会在下次刷新时跟着切换。</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>设置(&amp;T)…</translation>
        </message>
    </context>
    <context>
        <name>ShapeEditor</name>
        <message>
            <source>e.g. 2 or 8, 8</source>
            <translation>例如 2 或 8, 8</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Auto (reference now, CPU JIT when compiled)</source>
            <extracomment>The learning-rate slider covers 10^LOW … 10^HIGH (Playground: 0.00001 … 10) in STEPS per decade. Backends offered, in order; "auto" starts on the reference backend and switches to the JIT.</extracomment>
            <translation>自动（先用参考实现，编译完成后用 CPU JIT）</translation>
        </message>
        <message>
            <source>CPU JIT (numba)</source>
            <translation>CPU JIT（numba）</translation>
        </message>
        <message>
            <source>Reference (numpy)</source>
            <translation>参考实现（numpy）</translation>
        </message>
        <message>
            <source>CUDA (GPU)</source>
            <translation>CUDA（GPU）</translation>
        </message>
        <message>
            <source>Train</source>
            <extracomment>Shown in the regularization choice when the Dense layers differ (set per layer in the inspector). Regularization strength offered when the user first picks L1 or L2.</extracomment>
            <translation>训练</translation>
        </message>
        <message>
            <source>Train, or pause training (Space)</source>
            <translation>开始训练或暂停训练（空格键）</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <source>Train on exactly one batch, then pause</source>
            <translation>只用一个批次训练一步，然后暂停</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>一轮</translation>
        </message>
        <message>
            <source>Train to the end of this epoch, then pause</source>
            <translation>训练到本轮结束，然后暂停</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>停止</translation>
        </message>
        <message>
            <source>End this run and keep the weights</source>
            <translation>结束本次运行并保留权重</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Fresh weights from the seed; the plots start over</source>
            <translation>按随机种子重新初始化权重；图表从头开始</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Learning rate on a logarithmic scale, 0.00001 to 10</source>
            <translation>对数刻度上的学习率，0.00001 到 10</translation>
        </message>
        <message>
            <source>The exact learning rate (type e.g. 0.03 or 3e-4)</source>
            <translation>精确的学习率（可输入 0.03 或 3e-4 等）</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>How the learning rate changes with the step count</source>
            <translation>学习率如何随步数变化</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <source>Samples per update; a running trainer switches at the next step</source>
            <translation>每次更新使用的样本数；训练中修改会在下一步生效</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>until stopped</source>
            <translation>直到停止</translation>
        </message>
        <message>
            <source>Passes over the training data; 0 trains until you press Stop</source>
            <translation>遍历训练数据的轮数；0 表示一直训练到点“停止”</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>训练轮数</translation>
        </message>
        <message>
            <source>None</source>
            <translation>无</translation>
        </message>
        <message>
            <source>L1 (sparse weights)</source>
            <translation>L1（稀疏权重）</translation>
        </message>
        <message>
            <source>L2 (small weights)</source>
            <translation>L2（较小权重）</translation>
        </message>
        <message>
            <source>Per layer (differs)</source>
            <translation>逐层设置（各层不同）</translation>
        </message>
        <message>
            <source>A penalty on every Dense layer's weights, against overfitting</source>
            <translation>对每个全连接层权重的惩罚，用来防止过拟合</translation>
        </message>
        <message>
            <source>Regularization rate: how strongly weights are pulled to zero</source>
            <translation>正则化率：把权重拉向零的力度</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>正则化</translation>
        </message>
        <message>
            <source>Seeds the initial weights, the split and the batch order</source>
            <translation>决定初始权重、数据划分和批次顺序的随机种子</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Not available: this installation has no CUDA backend (no NVIDIA GPU support)</source>
            <translation>不可用：此安装没有 CUDA 后端（不支持 NVIDIA GPU）</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>计算后端</translation>
        </message>
        <message>
            <source>Choose optimizer</source>
            <translation>选择优化器</translation>
        </message>
        <message>
            <source>Change learning rate</source>
            <translation>修改学习率</translation>
        </message>
        <message>
            <source>Change learning-rate schedule</source>
            <translation>修改学习率调度</translation>
        </message>
        <message>
            <source>Change batch size</source>
            <translation>修改批大小</translation>
        </message>
        <message>
            <source>Change epochs</source>
            <translation>修改训练轮数</translation>
        </message>
        <message>
            <source>Choose backend</source>
            <translation>选择计算后端</translation>
        </message>
        <message>
            <source>Change seed</source>
            <translation>修改随机种子</translation>
        </message>
        <message>
            <source>Set regularization</source>
            <translation>设置正则化</translation>
        </message>
        <message>
            <source>Cannot train yet: %1</source>
            <translation>还不能训练：%1</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>暂停</translation>
        </message>
    </context>
    <context>
        <name>TrainingStatus</name>
        <message>
            <source>Ready</source>
            <extracomment>While training runs, the numbers change at most this often (ms): nobody reads a counter that changes 30 times a second, and each change relays out and repaints the status bar (about a millisecond of the GUI thread, taken from the plots and the trainer).</extracomment>
            <translation>就绪</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>已暂停</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>已停止</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>已完成</translation>
        </message>
        <message>
            <source>Diverged</source>
            <translation>已发散</translation>
        </message>
        <message>
            <source>Cannot train</source>
            <translation>无法训练</translation>
        </message>
        <message>
            <source>Epoch %1 · step %2</source>
            <translation>第 %1 轮 · 第 %2 步</translation>
        </message>
        <message>
            <source>%1 samples/s</source>
            <translation>%1 样本/秒</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 秒</translation>
        </message>
        <message>
            <source>Time spent training in this run</source>
            <translation>本次运行已训练的时间</translation>
        </message>
        <message>
            <source>Backend: %1</source>
            <translation>计算后端：%1</translation>
        </message>
        <message>
            <source>(JIT warming up…)</source>
            <translation>（JIT 编译预热中…）</translation>
        </message>
    </context>
    <context>
        <name>classroom</name>
        <message>
            <source>Step and Epoch buttons</source>
            <extracomment>Presentation mode scales the interface font by this much (Settings can change it). … and plot lines by this much (at least 3 px wide).</extracomment>
            <translation>“单步”和“一轮”按钮</translation>
        </message>
        <message>
            <source>Stop button</source>
            <translation>“停止”按钮</translation>
        </message>
        <message>
            <source>Reset button</source>
            <translation>“重置”按钮</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Learning-rate schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>批大小</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>训练轮数</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>正则化</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>随机种子</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>计算后端</translation>
        </message>
        <message>
            <source>Layers panel</source>
            <translation>层面板</translation>
        </message>
        <message>
            <source>Inspector panel</source>
            <translation>属性面板</translation>
        </message>
        <message>
            <source>Lessons panel</source>
            <translation>课程面板</translation>
        </message>
        <message>
            <source>Data panel</source>
            <translation>数据面板</translation>
        </message>
        <message>
            <source>Problems panel</source>
            <translation>问题面板</translation>
        </message>
        <message>
            <source>Loss plot</source>
            <translation>损失曲线图</translation>
        </message>
        <message>
            <source>Output plot</source>
            <translation>输出图</translation>
        </message>
        <message>
            <source>Loss landscape plot</source>
            <translation>损失曲面图</translation>
        </message>
        <message>
            <source>Activations plot</source>
            <translation>激活函数图</translation>
        </message>
        <message>
            <source>Gradient flow plot</source>
            <translation>梯度流图</translation>
        </message>
        <message>
            <source>Confusion matrix plot</source>
            <translation>混淆矩阵图</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>主工具栏</translation>
        </message>
    </context>
    <context>
        <name>data</name>
        <message>
            <source>label</source>
            <extracomment>Memory per byte of CSV text while reading: parsed floats (8 bytes per cell of ≥ 2 characters), the float32 copy, labels and row numbers. The roles a column plays, as sentences name them (translated under "data").</extracomment>
            <translation>标签</translation>
        </message>
        <message>
            <source>feature</source>
            <translation>特征</translation>
        </message>
        <message>
            <source>{path}: there is no column {column} (counting from 0) for the {role}; the file has {count} columns</source>
            <translation>{path}：没有可作{role}的第 {column} 列（从 0 开始数）；文件共有 {count} 列</translation>
        </message>
        <message>
            <source>{path}: has no header row, so the {role} column {column} cannot be found by name; give its number instead (0 is the first column, -1 the last)</source>
            <translation>{path}：没有表头行，无法按名称找到{role}列 {column}；请改用列号（0 是第一列，-1 是最后一列）</translation>
        </message>
        <message>
            <source>{path}: no column named {column} for the {role}; the columns are: {names}</source>
            <translation>{path}：没有名为 {column} 的列可作{role}；现有的列为：{names}</translation>
        </message>
        <message>
            <source>column {number} ({name})</source>
            <translation>第 {number} 列（{name}）</translation>
        </message>
        <message>
            <source>{path}: the file is empty; a data file needs one row per sample</source>
            <translation>{path}：文件是空的；数据文件每个样本需要一行</translation>
        </message>
        <message>
            <source>the header has {width}</source>
            <translation>表头有 {width} 个</translation>
        </message>
        <message>
            <source>row {row} has {width}</source>
            <translation>第 {row} 行有 {width} 个</translation>
        </message>
        <message>
            <source>{path}: has only the label column; there are no feature columns to learn from</source>
            <translation>{path}：只有标签列，没有可供学习的特征列</translation>
        </message>
        <message>
            <source>no value for {column}</source>
            <translation>{column}缺少值</translation>
        </message>
        <message>
            <source>an extra value in column {number}</source>
            <translation>第 {number} 列多出一个值</translation>
        </message>
        <message>
            <source>{path}, row {row}: {count} values, but {expected} ({where})</source>
            <translation>{path}，第 {row} 行：有 {count} 个值，但{expected}（{where}）</translation>
        </message>
        <message>
            <source>{path}: every row has a missing or non-finite value; no samples are left</source>
            <translation>{path}：每一行都有缺失值或非有限值；没有剩下任何样本</translation>
        </message>
        <message>
            <source>{path}: has a header row but no data rows</source>
            <translation>{path}：只有表头行，没有数据行</translation>
        </message>
        <message>
            <source>{path}: is not UTF-8 text; save it as “CSV UTF-8” and try again</source>
            <translation>{path}：不是 UTF-8 文本；请另存为“CSV UTF-8”后重试</translation>
        </message>
        <message>
            <source>{path}, row {row}, {column}</source>
            <translation>{path}，第 {row} 行，{column}</translation>
        </message>
        <message>
            <source>{where}: the value is missing; {hint}</source>
            <translation>{where}：缺少值；{hint}</translation>
        </message>
        <message>
            <source>{where}: {cell} is not a number, and a regression target must be numbers</source>
            <translation>{where}：{cell} 不是数字，而回归目标必须是数字</translation>
        </message>
        <message>
            <source>{where}: {cell} is not a number, and features must be numbers; pick numeric columns with 'features', or make it the label column</source>
            <translation>{where}：{cell} 不是数字，而特征必须是数字；请用 'features' 选择数值列，或把它设为标签列</translation>
        </message>
        <message>
            <source>{where}: {cell} is not a finite 32-bit number; {hint}</source>
            <translation>{where}：{cell} 不是有限的 32 位数；{hint}</translation>
        </message>
        <message>
            <source>{path}: no such data file (looked for {full})</source>
            <extracomment>Loading may use at most this fraction of the memory available when it starts.</extracomment>
            <translation>{path}：找不到该数据文件（查找的是 {full}）</translation>
        </message>
        <message>
            <source>{path}: too large to load — reading it needs about {needed} of memory, but only {free} is free; use a smaller file (for example a sample of its rows)</source>
            <translation>{path}：文件太大，无法载入——读取它约需 {needed} 内存，但只有 {free} 可用；请使用较小的文件（例如只取其中一部分行）</translation>
        </message>
        <message>
            <source>{path}, bytes 0–3: not an IDX file — it starts with {start}, but an IDX file starts with 00 00, a type code (08 for bytes) and a dimension count</source>
            <extracomment>IDX type codes and the big-endian numpy types they name.</extracomment>
            <translation>{path}，第 0–3 字节：不是 IDX 文件——它以 {start} 开头，而 IDX 文件应以 00 00、类型码（字节为 08）和维数开头</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>（无内容）</translation>
        </message>
        <message>
            <source>{images} holds {images_count} images but {labels} holds {labels_count} labels; they must be a matching pair</source>
            <translation>{images} 有 {images_count} 张图像，但 {labels} 有 {labels_count} 个标签；两者必须配对</translation>
        </message>
        <message>
            <source>{path}: array {x} has {x_rows} rows but {y} has {y_rows}; there must be one target per sample</source>
            <extracomment>Memory per byte of stored arrays while loading: the arrays themselves plus float32 copies.</extracomment>
            <translation>{path}：数组 {x} 有 {x_rows} 行，但 {y} 有 {y_rows} 行；每个样本必须有一个目标值</translation>
        </message>
        <message>
            <source>fix or remove the row, or load with drop_nonfinite=True to drop such rows</source>
            <translation>请修正或删除该行，或以 drop_nonfinite=True 载入以丢弃这类行</translation>
        </message>
        <message>
            <source>{file}, {column}</source>
            <translation>{file}，{column}</translation>
        </message>
        <message>
            <source>{where}: every row has the same label {label}; a classifier needs at least two classes</source>
            <translation>{where}：每一行的标签都是 {label}；分类器至少需要两个类别</translation>
        </message>
        <message>
            <source>{where}, row {row}, column {col}: {name}[{index}] is {value}, not a finite 32-bit number; {hint}</source>
            <translation>{where}，第 {row} 行，第 {col} 列：{name}[{index}] 为 {value}，不是有限的 32 位数；{hint}</translation>
        </message>
        <message>
            <source>noise</source>
            <extracomment>Regression only: at most this fraction of targets may be replaced by outliers. ``make(n, noise, rng, **options) -&gt; (x, y)`` with classes in blocks (``generate`` shuffles). Classes with the default options; 0 for regression. Settings beyond samples/noise/seed that ``make`` takes, with their defaults. The generators' settings as sentences name them (translated under "data").</extracomment>
            <translation>噪声</translation>
        </message>
        <message>
            <source>outliers</source>
            <translation>离群值</translation>
        </message>
        <message>
            <source>classes</source>
            <translation>类别数</translation>
        </message>
        <message>
            <source>{name}: {setting} must be a whole number in [{low}, {high}], got {value}</source>
            <translation>{name}：{setting}必须是 [{low}, {high}] 范围内的整数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{name}: {setting} must be a number in [{low}, {high}], got {value}</source>
            <translation>{name}：{setting}必须是 [{low}, {high}] 范围内的数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{name}: samples must be a whole number ≥ 2, got {value}</source>
            <translation>{name}：样本数必须是 ≥ 2 的整数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{name}: {samples} samples cannot cover {classes} classes</source>
            <translation>{name}：{samples} 个样本不够覆盖 {classes} 个类别</translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>Input</source>
            <translation>输入层</translation>
        </message>
        <message>
            <source>Where the data enters: one sample's features.</source>
            <translation>数据从这里进入：一个样本的特征。</translation>
        </message>
        <message>
            <source>Size of one sample, e.g. 2 for (x₁, x₂), (8, 8) for an image.</source>
            <translation>一个样本的大小，例如 (x₁, x₂) 为 2，图像为 (8, 8)。</translation>
        </message>
        <message>
            <source>Dense</source>
            <translation>全连接层</translation>
        </message>
        <message>
            <source>Fully connected: every output is a weighted sum of all inputs plus a bias.</source>
            <translation>全连接：每个输出都是所有输入的加权和再加上偏置。</translation>
        </message>
        <message>
            <source>Number of neurons (outputs).</source>
            <translation>神经元（输出）的个数。</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Applied to each neuron's weighted sum.</source>
            <translation>作用在每个神经元的加权和上。</translation>
        </message>
        <message>
            <source>Add a learnable bias b to each neuron.</source>
            <translation>给每个神经元加一个可学习的偏置 b。</translation>
        </message>
        <message>
            <source>How the weights W start.</source>
            <translation>权重 W 的初始值如何选取。</translation>
        </message>
        <message>
            <source>How the biases b start.</source>
            <translation>偏置 b 的初始值如何选取。</translation>
        </message>
        <message>
            <source>L1/L2 penalty on W against overfitting.</source>
            <translation>对 W 的 L1/L2 惩罚，用来防止过拟合。</translation>
        </message>
        <message>
            <source>Applies a non-linear function to each value (softmax: to each row).</source>
            <translation>对每个值施加一个非线性函数（softmax 则作用于每一行）。</translation>
        </message>
        <message>
            <source>The function f(x).</source>
            <translation>函数 f(x)。</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>While training, zeroes a random fraction of values (against overfitting).</source>
            <translation>训练时随机把一部分数值置零（防止过拟合）。</translation>
        </message>
        <message>
            <source>Fraction of values dropped in each training step.</source>
            <translation>每个训练步中被丢弃的数值所占比例。</translation>
        </message>
        <message>
            <source>Flatten</source>
            <translation>展平</translation>
        </message>
        <message>
            <source>Reshapes each sample into one flat vector, e.g. an 8×8 image into 64 values.</source>
            <translation>把每个样本展平成一个向量，例如 8×8 图像变成 64 个数。</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation>批量归一化</translation>
        </message>
        <message>
            <source>Rescales each feature to mean 0 and variance 1 over the batch, then learns γ, β.</source>
            <translation>在批次内把每个特征缩放到均值 0、方差 1，再学习 γ、β。</translation>
        </message>
        <message>
            <source>How slowly the moving mean/variance for inference follow the batches.</source>
            <translation>推理用的滑动均值/方差跟随批次变化的快慢（越大越慢）。</translation>
        </message>
        <message>
            <source>Added to the variance so it is never divided by zero.</source>
            <translation>加在方差上，避免除以零。</translation>
        </message>
        <message>
            <source>Learn a shift β.</source>
            <translation>学习平移量 β。</translation>
        </message>
        <message>
            <source>Learn a scale γ.</source>
            <translation>学习缩放系数 γ。</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>相加</translation>
        </message>
        <message>
            <source>Adds its inputs element by element (a skip connection); shapes must match.</source>
            <translation>把各输入逐元素相加（跳跃连接）；形状必须一致。</translation>
        </message>
        <message>
            <source>Concatenate</source>
            <translation>拼接</translation>
        </message>
        <message>
            <source>Joins its inputs side by side along the last axis.</source>
            <translation>沿最后一个轴把各输入并排拼接起来。</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出层</translation>
        </message>
        <message>
            <source>The network's prediction, compared with the labels by the loss.</source>
            <translation>网络的预测，由损失函数与标签比较。</translation>
        </message>
        <message>
            <source>How far a prediction is from its label.</source>
            <translation>预测与标签相差多远。</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD（随机梯度下降）</translation>
        </message>
        <message>
            <source>SGD + momentum</source>
            <translation>SGD + 动量</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>Nesterov 动量</translation>
        </message>
        <message>
            <source>RMSProp</source>
            <translation>RMSProp</translation>
        </message>
        <message>
            <source>Adagrad</source>
            <translation>Adagrad</translation>
        </message>
        <message>
            <source>Adam</source>
            <translation>Adam</translation>
        </message>
        <message>
            <source>AdamW</source>
            <translation>AdamW</translation>
        </message>
        <message>
            <source>Constant</source>
            <translation>常数</translation>
        </message>
        <message>
            <source>Step decay</source>
            <translation>阶梯衰减</translation>
        </message>
        <message>
            <source>Exponential decay</source>
            <translation>指数衰减</translation>
        </message>
        <message>
            <source>Cosine decay</source>
            <translation>余弦衰减</translation>
        </message>
        <message>
            <source>Linear warm-up</source>
            <translation>线性预热</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>线性</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>Hard sigmoid</source>
            <translation>Hard Sigmoid</translation>
        </message>
        <message>
            <source>Tanh</source>
            <translation>Tanh</translation>
        </message>
        <message>
            <source>ReLU</source>
            <translation>ReLU</translation>
        </message>
        <message>
            <source>Leaky ReLU</source>
            <translation>Leaky ReLU</translation>
        </message>
        <message>
            <source>ELU</source>
            <translation>ELU</translation>
        </message>
        <message>
            <source>Swish / SiLU</source>
            <translation>Swish / SiLU</translation>
        </message>
        <message>
            <source>GELU</source>
            <translation>GELU</translation>
        </message>
        <message>
            <source>Softplus</source>
            <translation>Softplus</translation>
        </message>
        <message>
            <source>Softmax</source>
            <translation>Softmax</translation>
        </message>
        <message>
            <source>Mean squared error (L2)</source>
            <translation>均方误差（L2）</translation>
        </message>
        <message>
            <source>Mean absolute error (L1)</source>
            <translation>平均绝对误差（L1）</translation>
        </message>
        <message>
            <source>Huber</source>
            <translation>Huber 损失</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>二元交叉熵</translation>
        </message>
        <message>
            <source>Categorical cross-entropy</source>
            <translation>多类交叉熵</translation>
        </message>
        <message>
            <source>Sparse categorical cross-entropy</source>
            <translation>稀疏多类交叉熵</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>准确率</translation>
        </message>
        <message>
            <source>Precision (macro)</source>
            <translation>精确率（宏平均）</translation>
        </message>
        <message>
            <source>Recall (macro)</source>
            <translation>召回率（宏平均）</translation>
        </message>
        <message>
            <source>F1 (macro)</source>
            <translation>F1（宏平均）</translation>
        </message>
        <message>
            <source>Mean absolute error</source>
            <translation>平均绝对误差</translation>
        </message>
        <message>
            <source>Root mean squared error</source>
            <translation>均方根误差</translation>
        </message>
        <message>
            <source>R²</source>
            <translation>R²</translation>
        </message>
        <message>
            <source>Zeros</source>
            <translation>全零</translation>
        </message>
        <message>
            <source>Ones</source>
            <translation>全一</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>正态分布</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>均匀分布</translation>
        </message>
        <message>
            <source>Glorot / Xavier uniform</source>
            <translation>Glorot / Xavier 均匀分布</translation>
        </message>
        <message>
            <source>Glorot / Xavier normal</source>
            <translation>Glorot / Xavier 正态分布</translation>
        </message>
        <message>
            <source>He uniform</source>
            <translation>He 均匀分布</translation>
        </message>
        <message>
            <source>He normal</source>
            <translation>He 正态分布</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>圆环</translation>
        </message>
        <message>
            <source>A disc inside a ring.</source>
            <translation>圆环中间有一个圆盘。</translation>
        </message>
        <message>
            <source>XOR</source>
            <translation>异或（XOR）</translation>
        </message>
        <message>
            <source>Opposite quadrants share a class.</source>
            <translation>相对的象限属于同一类。</translation>
        </message>
        <message>
            <source>Two Gaussians</source>
            <translation>两团高斯分布</translation>
        </message>
        <message>
            <source>Two round clouds, linearly separable.</source>
            <translation>两团圆形的点云，线性可分。</translation>
        </message>
        <message>
            <source>Spiral</source>
            <translation>螺旋</translation>
        </message>
        <message>
            <source>Interleaved spiral arms, one per class.</source>
            <translation>交错的螺旋臂，每类一条。</translation>
        </message>
        <message>
            <source>Moons</source>
            <translation>双月</translation>
        </message>
        <message>
            <source>Two interlocking half circles.</source>
            <translation>两个相互咬合的半圆。</translation>
        </message>
        <message>
            <source>Gaussian blobs</source>
            <translation>高斯团簇</translation>
        </message>
        <message>
            <source>Round clouds on a circle, one per class.</source>
            <translation>排在一个圆上的圆形点云，每类一团。</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>直线</translation>
        </message>
        <message>
            <source>y = 2x + 1 on [−2, 2]: two unknowns, one loss surface.</source>
            <translation>[−2, 2] 上的 y = 2x + 1：两个未知数，一个损失曲面。</translation>
        </message>
        <message>
            <source>Sine</source>
            <translation>正弦</translation>
        </message>
        <message>
            <source>One period of sin x on [−π, π].</source>
            <translation>[−π, π] 上 sin x 的一个周期。</translation>
        </message>
        <message>
            <source>Piecewise linear</source>
            <translation>分段线性</translation>
        </message>
        <message>
            <source>Straight pieces joined at three kinks: a sum of ReLUs fits it exactly.</source>
            <translation>在三个拐点处相连的直线段：几个 ReLU 之和可以精确拟合它。</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>单步</translation>
        </message>
        <message>
            <source>0 left of zero, 1 right of it: the hard sigmoid.</source>
            <translation>零的左边为 0，右边为 1：硬 Sigmoid。</translation>
        </message>
        <message>
            <source>Polynomial</source>
            <translation>多项式</translation>
        </message>
        <message>
            <source>The cubic x³/2 − x on [−2, 2].</source>
            <translation>[−2, 2] 上的三次函数 x³/2 − x。</translation>
        </message>
        <message>
            <source>Plane</source>
            <translation>平面</translation>
        </message>
        <message>
            <source>y = 0.8·x1 − 0.4·x2 + 0.2 on [−2, 2]²: what one linear unit fits.</source>
            <translation>[−2, 2]² 上的 y = 0.8·x1 − 0.4·x2 + 0.2：一个线性神经元就能拟合。</translation>
        </message>
        <message>
            <source>Multi-Gaussian surface</source>
            <translation>多高斯曲面</translation>
        </message>
        <message>
            <source>Two hills and two hollows on [−2, 2]²: needs hidden units.</source>
            <translation>[−2, 2]² 上的两座山丘和两个洼地：需要隐藏层神经元。</translation>
        </message>
        <message>
            <source>Handwritten digits (8×8)</source>
            <translation>手写数字（8×8）</translation>
        </message>
        <message>
            <source>1 797 handwritten digits 0–9 as 8×8 images of ink counts 0–16 (UCI optdigits test set).</source>
            <translation>1797 个手写数字 0–9，每个是墨迹计数为 0–16 的 8×8 图像（UCI optdigits 测试集）。</translation>
        </message>
        <message>
            <source>Iris flowers</source>
            <translation>鸢尾花</translation>
        </message>
        <message>
            <source>150 irises of 3 species, measured by 4 lengths in cm (Fisher, 1936).</source>
            <translation>3 个品种共 150 朵鸢尾花，每朵测量 4 个长度，单位厘米（Fisher，1936）。</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Shape</source>
            <translation>形状</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>神经元数</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Use bias</source>
            <translation>使用偏置</translation>
        </message>
        <message>
            <source>Kernel initializer</source>
            <translation>权重初始化</translation>
        </message>
        <message>
            <source>Bias initializer</source>
            <translation>偏置初始化</translation>
        </message>
        <message>
            <source>Kernel regularizer</source>
            <translation>权重正则化</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>丢弃比例</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
        </message>
        <message>
            <source>Center</source>
            <translation>平移</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>缩放</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失函数</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>{name}: {reason}</source>
            <extracomment>Usually an :class:`~engine.messages.Message`: the English sentence, translatable by a GUI.</extracomment>
            <translation>{name}：{reason}</translation>
        </message>
        <message>
            <source>{name} is part of a loop; data must flow one way, from the Input to the Output</source>
            <translation>{name} 处在一个环路中；数据只能单向流动，从输入层流向输出层</translation>
        </message>
        <message>
            <source>{name}: its input {shape} is already flat, so Flatten changes nothing</source>
            <translation>{name}：它的输入 {shape} 已经是平的，展平不会改变任何东西</translation>
        </message>
        <message>
            <source>The network has no Input layer: add one so data can enter.</source>
            <translation>网络没有输入层：请添加一个，数据才能进入。</translation>
        </message>
        <message>
            <source>{name}: a data set feeds exactly one Input, and this is a second one; delete it or join the branches after one Input</source>
            <translation>{name}：一个数据集只能输入到一个输入层，而这是第二个；请删除它，或把各分支接在同一个输入层之后</translation>
        </message>
        <message>
            <source>{name} gets no data: no path leads to it from an Input</source>
            <translation>{name} 收不到数据：没有从输入层通向它的路径</translation>
        </message>
        <message>
            <source>{name} leads nowhere: no path goes from it to the Output, so what it computes is never used</source>
            <translation>{name} 没有去处：没有从它通向输出层的路径，它计算的结果不会被用到</translation>
        </message>
        <message>
            <source>The network has no Output layer: add one after the last layer and choose a loss.</source>
            <translation>网络没有输出层：请在最后一层之后添加一个，并选择损失函数。</translation>
        </message>
        <message>
            <source>{name}: a network has exactly one Output, and this is a second one</source>
            <translation>{name}：一个网络只能有一个输出层，而这是第二个</translation>
        </message>
        <message>
            <source>{name}: choose a loss, so training knows what to make small</source>
            <translation>{name}：请选择损失函数，训练才知道要把什么变小</translation>
        </message>
        <message>
            <source>{name}: the labels have {classes} classes but the output has {units} unit; give the last Dense layer {classes} units</source>
            <translation>{name}：标签有 {classes} 个类别，但输出只有 {units} 个神经元；请给最后一个全连接层 {classes} 个神经元</translation>
        </message>
        <message>
            <source>{name}: the labels have {classes} classes but the output has {units} units; give the last Dense layer {classes} units</source>
            <translation>{name}：标签有 {classes} 个类别，但输出有 {units} 个神经元；请给最后一个全连接层 {classes} 个神经元</translation>
        </message>
        <message>
            <source>{name} is an Input: data enters there, so nothing may flow into it</source>
            <translation>{name} 是输入层：数据从这里进入，不能有东西流入它</translation>
        </message>
        <message>
            <source>{name} has no input: connect a layer into it</source>
            <translation>{name} 没有输入：请把一个层连接到它</translation>
        </message>
        <message>
            <source>{name} combines at least {least} inputs, but {n} connected</source>
            <translation>{name} 至少要合并 {least} 个输入，但只连接了 {n} 个</translation>
        </message>
        <message>
            <source>{name} takes one input but {n} are connected; to combine them, put an Add or Concatenate layer in between</source>
            <translation>{name} 只接受一个输入，但连接了 {n} 个；要合并它们，请在中间放一个相加层或拼接层</translation>
        </message>
        <message>
            <source>in {low}, {high}</source>
            <extracomment>Whether the bounds themselves are allowed.</extracomment>
            <translation>在 {low}, {high} 之间</translation>
        </message>
        <message>
            <source>{layer}: {field}</source>
            <translation>{layer}的“{field}”</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>整数</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>数</translation>
        </message>
        <message>
            <source>{where} must be {kind} {range}, got {value}</source>
            <translation>{where}必须是{kind} {range}，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{where} must be {range}, got {value}</source>
            <translation>{where}必须 {range}，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{where} must be true or false, got {value}</source>
            <translation>{where}必须是“是”或“否”，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <translation>{where}：{reason}</translation>
        </message>
        <message>
            <source>{where} must be a size such as 2 or (8, 8), got {value}</source>
            <translation>{where}必须是一个尺寸，例如 2 或 (8, 8)，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{where}: every size must be a whole number ≥ 1, got {value}</source>
            <translation>{where}：每个尺寸都必须是 ≥ 1 的整数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{layer} expects a flat vector of features but gets shape {shape}; put a Flatten layer in front of it</source>
            <extracomment>How many incoming edges the layer takes (``None``: no upper limit). Parameters that training leaves to the layer itself (e.g. BatchNorm's moving averages). Preferred node name when this spec is placed in a graph (Keras' ``name=``).</extracomment>
            <translation>{layer}需要一个展平的特征向量，但收到的形状是 {shape}；请在它前面加一个展平层</translation>
        </message>
        <message>
            <source>Add needs inputs of one shape, but gets {shapes}</source>
            <translation>相加层需要形状相同的输入，但收到的是 {shapes}</translation>
        </message>
        <message>
            <source>Concatenate joins along the last axis, so all other sizes must match; gets {shapes}</source>
            <translation>拼接层沿最后一个轴拼接，其他各维的大小必须一致；收到的是 {shapes}</translation>
        </message>
        <message>
            <source>binary cross-entropy treats each output unit as its own yes/no probability, but softmax makes the units compete; use sigmoid, or categorical cross-entropy</source>
            <extracomment>Probabilities are kept inside [EPS, 1 − EPS] before a log (as Keras does), so a confident wrong answer gives a large finite loss rather than inf. The output activation whose fusion with this loss is exact and stable, if any. Whether targets are class indices (one integer per sample) rather than arrays. Whether the loss treats outputs as probabilities of classes. Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).</extracomment>
            <translation>二元交叉熵把每个输出神经元看作各自独立的“是/否”概率，而 softmax 让各神经元相互竞争；请改用 sigmoid，或改用多类交叉熵</translation>
        </message>
        <message>
            <source>binary cross-entropy on {units} units needs a sigmoid on each unit; for one class out of {units} use (sparse) categorical cross-entropy with softmax</source>
            <translation>在 {units} 个神经元上用二元交叉熵，需要每个神经元都接 sigmoid；若要从 {units} 个类别中选一个，请用（稀疏）多类交叉熵配合 softmax</translation>
        </message>
        <message>
            <source>{loss} needs one output unit per class (at least 2), but this output has {units}; for a yes/no answer use binary cross-entropy with a sigmoid</source>
            <translation>{loss}需要每个类别一个输出神经元（至少 2 个），但这个输出只有 {units} 个；“是/否”问题请用二元交叉熵配合 sigmoid</translation>
        </message>
        <message>
            <source>{loss} needs probabilities that sum to 1: end the network with a softmax (it has {activation})</source>
            <translation>{loss}需要总和为 1 的概率：请让网络以 softmax 结尾（现在是 {activation}）</translation>
        </message>
        <message>
            <source>no activation</source>
            <translation>没有激活函数</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <source>Playground: circle, 2 → 4 tanh → 2 tanh → 1</source>
            <translation>Playground：圆环，2 → 4 tanh → 2 tanh → 1</translation>
        </message>
        <message>
            <source>TensorFlow Playground's default: two small tanh layers learn a ring.</source>
            <translation>TensorFlow Playground 的默认网络：两个小的 tanh 层学会一个圆环。</translation>
        </message>
        <message>
            <source>Playground: XOR, 2 → 4 ReLU → 1</source>
            <translation>Playground：异或，2 → 4 ReLU → 1</translation>
        </message>
        <message>
            <source>One hidden layer is enough to separate opposite quadrants.</source>
            <translation>一个隐藏层就足以分开相对的象限。</translation>
        </message>
        <message>
            <source>Playground: spiral, 2 → 8 → 8 → 8 ReLU → 1</source>
            <translation>Playground：螺旋，2 → 8 → 8 → 8 ReLU → 1</translation>
        </message>
        <message>
            <source>The hard one: a deeper network for two interleaved spirals.</source>
            <translation>最难的一个：用更深的网络分开两条交错的螺旋。</translation>
        </message>
        <message>
            <source>Logistic regression: 2 → 1 sigmoid</source>
            <translation>逻辑回归：2 → 1 sigmoid</translation>
        </message>
        <message>
            <source>No hidden layer: a straight boundary, enough for two Gaussian clouds.</source>
            <translation>没有隐藏层：一条直的边界，足以分开两团高斯点云。</translation>
        </message>
        <message>
            <source>Keras example: digits 8×8 → Flatten → 128 ReLU → Dropout → 10 softmax</source>
            <translation>Keras 示例：8×8 数字 → Flatten → 128 ReLU → Dropout → 10 softmax</translation>
        </message>
        <message>
            <source>The classic first Keras model, on the bundled 8×8 digits.</source>
            <translation>经典的第一个 Keras 模型，使用自带的 8×8 手写数字。</translation>
        </message>
        <message>
            <source>Keras example: 28×28 images → Flatten → 128 ReLU → Dropout → 10 softmax</source>
            <translation>Keras 示例：28×28 图像 → Flatten → 128 ReLU → Dropout → 10 softmax</translation>
        </message>
        <message>
            <source>The same model for 28×28 images such as MNIST (import the data set).</source>
            <translation>同样的模型，用于 MNIST 等 28×28 图像（需导入数据集）。</translation>
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <source>The loss exploded from {first} to {loss} at step {step}</source>
            <extracomment>A chunk of steps aims to take about this long: short enough that Pause answers at once, long enough that per-call overhead disappears. A loss this many times above the first step's loss counts as exploding. Monitor ``val_loss`` when there is eval data, else ``loss``. Put back the weights of the best epoch when stopping. completed epochs updates since the last reset (step, copy of the parameters) at the snapshot cadence, starting with step 0. Why the last run stopped on an error (a LayerLabError's message), if it did. Epochs to train one chunk each before chunks may span epochs again (after an undo).</extracomment>
            <translation>损失在第 {step} 步从 {first} 暴增到 {loss}</translation>
        </message>
        <message>
            <source>The weights overflowed to infinity or NaN by step {step}</source>
            <translation>到第 {step} 步时权重已溢出为无穷大或 NaN</translation>
        </message>
        <message>
            <source>The loss became NaN (not a number) at step {step}</source>
            <translation>损失在第 {step} 步变成了 NaN（非数字）</translation>
        </message>
        <message>
            <source>The loss became infinite at step {step}</source>
            <translation>损失在第 {step} 步变成了无穷大</translation>
        </message>
        <message>
            <source>{what}: each update overshot the minimum by more than the last, so the numbers grew without bound. A learning rate of {lr} is too high for {loss} with this network and data — press Reset and try {lower} or lower (or scale the inputs).</source>
            <translation>{what}：每次更新都越过了最小值，而且一次比一次越得更远，于是数值无限增大——训练发散了。对这个网络和数据而言，{lr} 的学习率对{loss}来说太高了——请按“重置”，再试 {lower} 或更低的学习率（或缩放输入）。</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Data</source>
            <translation>数据</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>训练</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>损失</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>损失曲面</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>Gradient flow</source>
            <translation>梯度流</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>混淆矩阵</translation>
        </message>
        <message>
            <source>Saved without the trained weights: %1</source>
            <translation>已保存，但没有保存训练好的权重：%1</translation>
        </message>
    </context>
</TS>
