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
            <extracomment>``marks[k]``: the undo-stack index once the edits of steps 0 … k−1 are in (marks[0]: preset). Something the teacher should read (a step that could not run, and why); "" clears it.</extracomment>
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
            <source>This step could not run: it needs the setting %1</source>
            <translation>这一步无法运行：它需要设置 %1</translation>
        </message>
        <message>
            <source>the training is still busy with the last change</source>
            <translation>训练仍在处理上一次修改</translation>
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
            <extracomment>An undo step's name: its text, or a function making it in the interface language.</extracomment>
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
        <message>
            <source>Change %1</source>
            <translation>修改 %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>、</translation>
        </message>
        <message>
            <source>Delete layer</source>
            <translation>删除层</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>连接</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>断开连接</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>重命名</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>移动</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>编辑</translation>
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
            <source>%1 (%2)</source>
            <translation>%1（%2）</translation>
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
            <extracomment>What is being shown: a Comparison, or None (a race, a curvature, or nothing yet). Drawn paths: (points, time of each point, line items, end marker), for Replay. Where a replay is (0 … 1 of the runs' length), or None when showing everything. One line per optimizer of a race: its step size and when it arrived. The runs' names in the interface language, by label (see show_comparison).</extracomment>
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
            <source>%1 (η = %2): %3</source>
            <translation>%1（η = %2）：%3</translation>
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
            <source>%1: %2</source>
            <translation>%1：%2</translation>
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
            <extracomment>The counts on screen (rows: true class, columns: predicted), or None. The training step of the weights the counts are for.</extracomment>
            <translation>真实类别</translation>
        </message>
        <message>
            <source>predicted class</source>
            <translation>预测类别</translation>
        </message>
        <message>
            <source>Choose a data set first.</source>
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
            <extracomment>The percent range of the split sliders. The engine's sentence the error line shows (a Message, re-rendered when the language changes). The catalogue description of the chosen built-in set ("" for an imported file). The data set as the project names it now (None: none chosen or it failed to load).</extracomment>
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
        <name>DataPreview</name>
        <message>
            <source>class</source>
            <extracomment>Images shown in the grid (a square number) and rows shown in the table. Which view shows the current set: "scatter", "images" or "table". The set shown now (drawn again in the new language after a switch).</extracomment>
            <translation>类别</translation>
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
            <source>Exports the weights after %1 training steps in this window. Training goes on: this is its newest snapshot.</source>
            <translation>导出本窗口中训练 %1 步后的权重。训练仍在进行：这是最新的快照。</translation>
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
            <extracomment>Configuration or name of a node changed. Shapes, parameter counts and problems were recomputed (after every edit). ``(has_errors, reason)``: whether the graph can train and, if not, why (for Train). Node ids now selected, in selection order. A different project was loaded: views rebuild everything. Names of project settings (``dataset``, ``training``, …) that changed. The undo history's texts were made anew in the interface language (after a switch). The language the undo history's texts are in.</extracomment>
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
            <source>%1 (%2)</source>
            <comment>a setting's help and its allowed range</comment>
            <translation>%1（%2）</translation>
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
            <extracomment>Cells per side while training runs, and once it stops (fewer for large networks). Networks with more weights than this get the smaller full resolution. Samples the loss is averaged over at each cell (the first of the training split). Weights offered for the exact two-weight surface (the first of the network's). Room around the two weights' path on the exact surface, at least (in weight units). Why no surface could be computed (the engine's sentence, a Message): shown, in the interface language, over the picture already drawn.</extracomment>
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
            <extracomment>Views whose results a finished comparison answers better than the main plots do. Where the teacher was (``"07:2"``: lesson 07, third step), kept in the app's settings. Steps run in the open lesson, and the last comparison-type step run (its plot answers a later "show" step that looks at the loss or the surface). Why the lessons could not be read (shown in the interface language), or None.</extracomment>
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
            <source>Compare runs — %1</source>
            <translation>对比运行 — %1</translation>
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
            <extracomment>The y values each curve was last given (what the views' y ranges are fitted to).</extracomment>
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
            <source>&amp;Undo %1</source>
            <translation>撤销(&amp;U) %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>重做(&amp;R) %1</translation>
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
        <message>
            <source>, </source>
            <translation>，</translation>
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
            <source>%1.</source>
            <comment>a training note as a sentence</comment>
            <translation>%1。</translation>
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
            <source>Backend: %1 (JIT warming up…)</source>
            <translation>计算后端：%1（JIT 编译预热中…）</translation>
        </message>
        <message>
            <source>Backend: %1</source>
            <translation>计算后端：%1</translation>
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
        <name>cli</name>
        <message>
            <source>{path}: the project has no optimizer in its training settings</source>
            <translation>{path}：项目的训练设置中没有优化器</translation>
        </message>
        <message>
            <source>{path}: training failed: {error}</source>
            <translation>{path}：训练失败：{error}</translation>
        </message>
        <message>
            <source>{path}: the {split} split is empty (see the project's split settings)</source>
            <translation>{path}：{split} 部分是空的（请查看项目的数据划分设置）</translation>
        </message>
        <message>
            <source>--port must be a port number from 0 to 65535 (0: any free port), got {port}</source>
            <translation>--port 必须是 0 到 65535 之间的端口号（0：任意空闲端口），现在是 {port}</translation>
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
            <source>the {role} column must be a column name or a number, got {column}</source>
            <translation>{role}列必须是列名或列号，而输入的是 {column}</translation>
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
            <source>{path}: {count} columns are named {column}; give the {role} column by number</source>
            <translation>{path}：有 {count} 列都叫 {column}；请用列号指定{role}列</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>第 {number} 列</translation>
        </message>
        <message>
            <source>delimiter must be a single character, got {value}</source>
            <translation>分隔符必须是单个字符，而输入的是 {value}</translation>
        </message>
        <message>
            <source>column {number} ({name})</source>
            <translation>第 {number} 列（{name}）</translation>
        </message>
        <message>
            <source>task must be one of {tasks}, got {task}</source>
            <translation>任务必须是 {tasks} 之一，而输入的是 {task}</translation>
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
            <source>features must be a list of column names or numbers, got {value}</source>
            <translation>features 必须是列名或列号的列表，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{column} cannot be both the label and a feature</source>
            <translation>{column}不能既是标签又是特征</translation>
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
            <source>{count} samples with {features} features from {file}.</source>
            <translation>来自 {file} 的 {count} 个样本，每个有 {features} 个特征。</translation>
        </message>
        <message>
            <source>{path}: is not UTF-8 text; save it as “CSV UTF-8” and try again</source>
            <translation>{path}：不是 UTF-8 文本；请另存为“CSV UTF-8”后重试</translation>
        </message>
        <message>
            <source>{path}: the gzip compression is damaged or cut short</source>
            <translation>{path}：gzip 压缩数据已损坏或不完整</translation>
        </message>
        <message>
            <source>{path}: cannot be read as CSV ({error})</source>
            <translation>{path}：无法按 CSV 读取（{error}）</translation>
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
            <source>a data file must be given by its path, got {value}</source>
            <extracomment>Loading may use at most this fraction of the memory available when it starts.</extracomment>
            <translation>数据文件必须用路径给出，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{path}: no such data file (looked for {full})</source>
            <translation>{path}：找不到该数据文件（查找的是 {full}）</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} 字节</translation>
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
            <source>{path}: the IDX header is cut short (it promises {count} dimensions)</source>
            <translation>{path}：IDX 文件头不完整（它声明有 {count} 个维度）</translation>
        </message>
        <message>
            <source>{path}: cut short — its header promises {shape} values ({size} bytes), but only {count} bytes follow</source>
            <translation>{path}：文件不完整——文件头声明有 {shape} 个值（{size} 字节），但其后只有 {count} 字节</translation>
        </message>
        <message>
            <source>{path}: has bytes after the {shape} values its header describes; is it really IDX?</source>
            <translation>{path}：在文件头描述的 {shape} 个值之后还有多余字节；它真的是 IDX 文件吗？</translation>
        </message>
        <message>
            <source>{path}: holds a {ndim}-dimensional array, not images (n, rows, cols); are the images and labels files swapped?</source>
            <translation>{path}：存放的是 {ndim} 维数组，而不是图像 (n, rows, cols)；是否把图像文件和标签文件弄反了？</translation>
        </message>
        <message>
            <source>{path}: holds an array of shape {shape}, not one label per image; are the images and labels files swapped?</source>
            <translation>{path}：存放的是形状为 {shape} 的数组，而不是每张图像一个标签；是否把图像文件和标签文件弄反了？</translation>
        </message>
        <message>
            <source>{images} holds {images_count} images but {labels} holds {labels_count} labels; they must be a matching pair</source>
            <translation>{images} 有 {images_count} 张图像，但 {labels} 有 {labels_count} 个标签；两者必须配对</translation>
        </message>
        <message>
            <source>{path}: every image or label has a non-finite value; no samples are left</source>
            <translation>{path}：每张图像或每个标签都有非有限值；没有剩下任何样本</translation>
        </message>
        <message>
            <source>{count} images of {size} from {file}.</source>
            <translation>来自 {file} 的 {count} 张 {size} 图像。</translation>
        </message>
        <message>
            <source>features</source>
            <extracomment>Memory per byte of stored arrays while loading: the arrays themselves plus float32 copies. The roles of the two arrays, as sentences name them (translated under "data").</extracomment>
            <translation>特征</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>目标值</translation>
        </message>
        <message>
            <source>{path}: is not a NumPy .npz file (it is not a zip archive)</source>
            <translation>{path}：不是 NumPy .npz 文件（它不是 zip 压缩包）</translation>
        </message>
        <message>
            <source>{path}: has no array named {name} for the {role}; it holds: {held} (choose the arrays with "x" and "y")</source>
            <translation>{path}：没有名为 {name} 的数组可作{role}；其中有：{held}（请用 "x" 和 "y" 选择数组）</translation>
        </message>
        <message>
            <source>{path}: array {name} cannot be read safely ({error})</source>
            <translation>{path}：数组 {name} 无法安全读取（{error}）</translation>
        </message>
        <message>
            <source>npz array names must be text, got {value}</source>
            <translation>npz 数组名必须是文本，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{path}: array {name} holds {dtype} values of shape {shape}; features must be numbers</source>
            <translation>{path}：数组 {name} 存放的是形状为 {shape} 的 {dtype} 值；特征必须是数字</translation>
        </message>
        <message>
            <source>{path}: array {name} has no rows</source>
            <translation>{path}：数组 {name} 没有任何行</translation>
        </message>
        <message>
            <source>{path}: array {x} has {x_rows} rows but {y} has {y_rows}; there must be one target per sample</source>
            <translation>{path}：数组 {x} 有 {x_rows} 行，但 {y} 有 {y_rows} 行；每个样本必须有一个目标值</translation>
        </message>
        <message>
            <source>{path}: array {name} has shape {shape}; class labels need one value per sample</source>
            <translation>{path}：数组 {name} 的形状为 {shape}；类别标签要求每个样本一个值</translation>
        </message>
        <message>
            <source>{path}: array {name} holds {dtype} values of shape {shape}; targets must be numbers</source>
            <translation>{path}：数组 {name} 存放的是形状为 {shape} 的 {dtype} 值；目标值必须是数字</translation>
        </message>
        <message>
            <source>{path}: every row has a non-finite value; no samples are left</source>
            <translation>{path}：每一行都有非有限值；没有剩下任何样本</translation>
        </message>
        <message>
            <source>{count} samples of shape {shape} from {file}.</source>
            <translation>来自 {file} 的 {count} 个样本，形状为 {shape}。</translation>
        </message>
        <message>
            <source>array {name}</source>
            <translation>数组 {name}</translation>
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
            <source>{where}: values of type {dtype} cannot be class labels</source>
            <translation>{where}：{dtype} 类型的值不能作为类别标签</translation>
        </message>
        <message>
            <source>{path}, row {row}</source>
            <translation>{path}，第 {row} 行</translation>
        </message>
        <message>
            <source>{where}: label {label} is not a whole number; class labels are words or whole numbers (for a numeric target to predict, load with task "regression")</source>
            <translation>{where}：标签 {label} 不是整数；类别标签必须是词语或整数（若要预测数值目标，请以 task "regression" 载入）</translation>
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
            <source>Dropped {count} row with missing or non-finite values (row {rows}).</source>
            <translation>已丢弃 {count} 行含缺失值或非有限值的数据（第 {rows} 行）。</translation>
        </message>
        <message>
            <source>Dropped {count} rows with missing or non-finite values (rows {rows}).</source>
            <translation>已丢弃 {count} 行含缺失值或非有限值的数据（第 {rows} 行）。</translation>
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
        <message>
            <source>batch size must be a whole number ≥ 1, got {value}</source>
            <translation>批大小必须是 ≥ 1 的整数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>stratified batches need class labels; use plain shuffled batches for regression</source>
            <translation>分层批次需要类别标签；回归请使用普通的随机打乱批次</translation>
        </message>
        <message>
            <source>data set {name} takes only the settings {allowed}; got {unknown}</source>
            <extracomment>Importers by spec name; each takes the spec's other keys (and ``base_dir``) as keyword arguments. "generated" (samples, noise, seed are settings) or "bundled" (a fixed real set). Classes with the default settings; 0 for regression. Samples with the default settings (the whole set for a bundled one). The keys a spec for this set may carry besides ``name`` (and ``inputs`` for 2-D sets).</extracomment>
            <translation>数据集 {name} 只接受设置 {allowed}；而输入的是 {unknown}</translation>
        </message>
        <message>
            <source>data set {name} needs the settings {missing}</source>
            <translation>数据集 {name} 需要设置 {missing}</translation>
        </message>
        <message>
            <source>data set {name} needs the setting {missing}</source>
            <translation>数据集 {name} 需要设置 {missing}</translation>
        </message>
        <message>
            <source>{flag} must be true or false, got {value}</source>
            <translation>{flag} 必须是 true 或 false，而输入的是 {value}</translation>
        </message>
        <message>
            <source>a data set is described by a mapping such as {{'name': 'circle'}}, got {value}</source>
            <translation>数据集要用映射来描述，例如 {{'name': 'circle'}}，而输入的是 {value}</translation>
        </message>
        <message>
            <source>the bundled data set {name} takes no settings; got {settings}</source>
            <translation>内置数据集 {name} 不接受任何设置；而输入的是 {settings}</translation>
        </message>
        <message>
            <source>unknown data set {name}; choose one of: {choices}</source>
            <translation>未知的数据集 {name}；请从以下选择：{choices}</translation>
        </message>
        <message>
            <source>scaling {name}: {field} must be a list of numbers, got {value}</source>
            <translation>缩放 {name}：{field} 必须是数字列表，而输入的是 {value}</translation>
        </message>
        <message>
            <source>scaling {name}: {field} must hold finite numbers</source>
            <translation>缩放 {name}：{field} 必须是有限的数</translation>
        </message>
        <message>
            <source>scaling was fitted on samples of shape {fitted}, got {shape}</source>
            <translation>缩放是在形状为 {fitted} 的样本上拟合的，而输入的形状是 {shape}</translation>
        </message>
        <message>
            <source>scaling {name} has not been fitted: fit it on the training split first</source>
            <translation>缩放 {name} 尚未拟合：请先在训练集上拟合</translation>
        </message>
        <message>
            <source>scaling needs at least one training sample of shape (n, features...), got {shape}</source>
            <translation>缩放至少需要一个形状为 (n, features...) 的训练样本，而输入的形状是 {shape}</translation>
        </message>
        <message>
            <source>scaling 'standardize': mean and std must both be given, with the same shape</source>
            <translation>缩放 'standardize'：mean 和 std 必须同时给出，且形状相同</translation>
        </message>
        <message>
            <source>scaling 'minmax': {field} must be a number, got {value}</source>
            <translation>缩放 'minmax'：{field} 必须是数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>scaling 'minmax': low must be below high, got [{low}, {high}]</source>
            <translation>缩放 'minmax'：low 必须小于 high，而输入的是 [{low}, {high}]</translation>
        </message>
        <message>
            <source>scaling 'minmax': min and max must both be given, with the same shape</source>
            <translation>缩放 'minmax'：min 和 max 必须同时给出，且形状相同</translation>
        </message>
        <message>
            <source>the {name} fraction must be a number in [0, 1), got {value}</source>
            <extracomment>Per split, samples per class index; empty for regression.</extracomment>
            <translation>{name} 比例必须是 [0, 1) 范围内的数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>test={test} and eval={eval} leave no samples to train on ({count} samples in all); lower the fractions</source>
            <translation>test={test} 和 eval={eval} 没有留下可供训练的样本（共 {count} 个样本）；请降低比例</translation>
        </message>
        <message>
            <source>a stratified split needs class labels; turn stratify off for regression targets</source>
            <translation>分层划分需要类别标签；回归目标请关闭分层抽样</translation>
        </message>
        <message>
            <source>class {name} has only {count} sample(s): too few to stratify with {asked} (each class needs at least {needed} so that training sees it); add samples, lower the fractions, or turn stratify off</source>
            <translation>类别 {name} 只有 {count} 个样本：在 {asked} 下太少，无法分层（每个类别至少需要 {needed} 个样本，训练集才能见到它）；请增加样本、降低比例，或关闭分层抽样</translation>
        </message>
        <message>
            <source>split settings are test, eval and stratify; got unknown {unknown}</source>
            <translation>划分设置只有 test、eval 和 stratify；收到未知设置 {unknown}</translation>
        </message>
        <message>
            <source>inputs must be a non-empty list of feature names, got {value}</source>
            <extracomment>key → (label, f(x1, x2))</extracomment>
            <translation>inputs 必须是非空的特征名列表，而输入的是 {value}</translation>
        </message>
        <message>
            <source>unknown input feature {name}; choose from: {choices}</source>
            <translation>未知的输入特征 {name}；可选：{choices}</translation>
        </message>
        <message>
            <source>inputs name a feature twice: {value}</source>
            <translation>inputs 中有特征重复出现：{value}</translation>
        </message>
        <message>
            <source>input features are built from 2-D points (x1, x2); this set has shape {shape}</source>
            <translation>输入特征由二维点 (x1, x2) 构造；而这个数据集的形状是 {shape}</translation>
        </message>
        <message>
            <source>samples reshaped from {old} to {new} to fit the Input</source>
            <extracomment>What was done to the data that the user should know about, in words.</extracomment>
            <translation>样本形状已从 {old} 改为 {new}，以适配输入层</translation>
        </message>
        <message>
            <source>{source}: samples have shape {shape} but the network's Input expects {expected}; change the Input's shape to {wanted}</source>
            <translation>{source}：样本形状为 {shape}，但网络的输入层要求 {expected}；请把输入层的形状改为 {wanted}</translation>
        </message>
        <message>
            <source>the project has no data set: choose one (e.g. circle) first</source>
            <translation>项目还没有数据集：请先选择一个（例如 circle）</translation>
        </message>
        <message>
            <source>data set {name}</source>
            <translation>数据集 {name}</translation>
        </message>
        <message>
            <source>the project scales its inputs ({name}) but was never trained, so the scaling has not been fitted yet: train it first</source>
            <translation>项目会缩放输入（{name}），但从未训练过，所以缩放尚未拟合：请先训练</translation>
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
        <name>export</name>
        <message>
            <source>ONNX model</source>
            <extracomment>For menus and file dialogs. The main file's suffix; the code formats write a ``.npz`` of weights beside it.</extracomment>
            <translation>ONNX 模型</translation>
        </message>
        <message>
            <source>PyTorch code + weights</source>
            <translation>PyTorch 代码 + 权重</translation>
        </message>
        <message>
            <source>Keras 3 code + weights</source>
            <translation>Keras 3 代码 + 权重</translation>
        </message>
        <message>
            <source>unknown export format {name}; choose one of: {formats}</source>
            <extracomment>Packages the generated code imports: a file named like one would hide it from that code.</extracomment>
            <translation>未知的导出格式 {name}；请选择以下之一：{formats}</translation>
        </message>
        <message>
            <source>{path}: a {format} export is written to a {suffix} file</source>
            <translation>{path}：{format}导出要写入 {suffix} 文件</translation>
        </message>
        <message>
            <source>{path}: a file called {name} would hide the {package} package that the exported code imports; choose another name</source>
            <translation>{path}：名为 {name} 的文件会遮住导出代码要导入的 {package} 包；请换一个名字</translation>
        </message>
        <message>
            <source>{path}: cannot write the file ({error})</source>
            <translation>{path}：无法写入文件（{error}）</translation>
        </message>
        <message>
            <source>the Keras export has no counterpart for the activation {activation}</source>
            <extracomment>Keras' names for the activations it has without a parameter (None: no activation). Activations with a parameter, as layers; ``{alpha}`` is LayerLab's α.</extracomment>
            <translation>Keras 导出没有与激活函数“{activation}”对应的写法</translation>
        </message>
        <message>
            <source>the Keras export has no translation for the layer type {layer}</source>
            <translation>Keras 导出无法转换这种层：{layer}</translation>
        </message>
        <message>
            <source>the ONNX export has no operator for the activation {activation}</source>
            <extracomment>The IR version that goes with opset 17, so runtimes from 2022 on can read the file. Keys of the model's metadata that ``layerlab predict`` and ``serve`` read back.</extracomment>
            <translation>ONNX 导出没有与激活函数“{activation}”对应的算子</translation>
        </message>
        <message>
            <source>the ONNX export has no translation for the layer type {layer}</source>
            <translation>ONNX 导出无法转换这种层：{layer}</translation>
        </message>
        <message>
            <source>the project has no trained weights yet: train it before exporting</source>
            <extracomment>Identifiers of the layers feeding this one, in the graph's edge order (Concatenate's order). What a Dense or Activation layer applies (None for other layers). float32 arrays under LayerLab's (= Keras') names: kernel, bias, gamma, beta, moving_*. Only the layers the Output depends on, in execution order: every one of them depends on the single Input, so it comes first, and the Output depends on them all, so it comes last. What each output column stands for, when the project was trained on named classes. Hands out further identifiers (e.g. a Keras activation layer split off a Dense).</extracomment>
            <translation>项目还没有训练好的权重：请先训练再导出</translation>
        </message>
        <message>
            <source>the input scaling was fitted on samples of shape {fitted}, but the Input now takes {shape}: train the project again before exporting</source>
            <translation>输入缩放是在形状为 {fitted} 的样本上拟合的，但输入层现在接收的是 {shape}：请重新训练项目后再导出</translation>
        </message>
        <message>
            <source>the PyTorch export has no counterpart for the activation {activation}</source>
            <extracomment>torch.nn.functional / torch calls for each activation; ``{x}`` is the input, ``{alpha}`` α.</extracomment>
            <translation>PyTorch 导出没有与激活函数“{activation}”对应的写法</translation>
        </message>
        <message>
            <source>the PyTorch export has no translation for the layer type {layer}</source>
            <translation>PyTorch 导出无法转换这种层：{layer}</translation>
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
            <source>Learning rate</source>
            <extracomment>Setting names of optimizers, schedules, initializers, regularizers and losses, as the GUI titles them (context "fields", where gui.field_editors.humanize looks; layer settings are generated into gui/engine_texts.py): marked here so :func:`setting_word` can be translated.</extracomment>
            <translation>学习率</translation>
        </message>
        <message>
            <source>Initial learning rate</source>
            <translation>初始学习率</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>动量</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov</translation>
        </message>
        <message>
            <source>Rho</source>
            <translation>Rho（衰减率）</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
        </message>
        <message>
            <source>Initial accumulator value</source>
            <translation>累加器初始值</translation>
        </message>
        <message>
            <source>Beta 1</source>
            <translation>Beta 1</translation>
        </message>
        <message>
            <source>Beta 2</source>
            <translation>Beta 2</translation>
        </message>
        <message>
            <source>Weight decay</source>
            <translation>权重衰减</translation>
        </message>
        <message>
            <source>Clipnorm</source>
            <translation>梯度裁剪（范数）</translation>
        </message>
        <message>
            <source>Clipvalue</source>
            <translation>梯度裁剪（数值）</translation>
        </message>
        <message>
            <source>Global clipnorm</source>
            <translation>全局梯度裁剪（范数）</translation>
        </message>
        <message>
            <source>Step size</source>
            <translation>步长</translation>
        </message>
        <message>
            <source>Gamma</source>
            <translation>Gamma（衰减系数）</translation>
        </message>
        <message>
            <source>Decay steps</source>
            <translation>衰减步数</translation>
        </message>
        <message>
            <source>Decay rate</source>
            <translation>衰减率</translation>
        </message>
        <message>
            <source>Alpha</source>
            <translation>Alpha</translation>
        </message>
        <message>
            <source>Warmup steps</source>
            <translation>预热步数</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>均值</translation>
        </message>
        <message>
            <source>Stddev</source>
            <translation>标准差</translation>
        </message>
        <message>
            <source>Minval</source>
            <translation>最小值</translation>
        </message>
        <message>
            <source>Maxval</source>
            <translation>最大值</translation>
        </message>
        <message>
            <source>L1</source>
            <translation>L1</translation>
        </message>
        <message>
            <source>L2</source>
            <translation>L2</translation>
        </message>
        <message>
            <source>Delta</source>
            <translation>Delta</translation>
        </message>
        <message>
            <source>From logits</source>
            <translation>输入为 logits</translation>
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
        <name>landscape</name>
        <message>
            <source>minimum</source>
            <extracomment>Relative finite-difference step: about the cube root of float64's precision, where the truncation error (∝ h²) and the rounding error (∝ ε/h) of a central difference balance. The kinds of point :func:`classify` tells apart, as words in a sentence ("this point is a minimum"): marked here so a GUI can translate them (see :func:`kind_word`).</extracomment>
            <translation>极小值点</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>极大值点</translation>
        </message>
        <message>
            <source>saddle</source>
            <translation>鞍点</translation>
        </message>
        <message>
            <source>flat</source>
            <translation>平坦点</translation>
        </message>
        <message>
            <source>there are no parameters to take the curvature of</source>
            <extracomment>Eigenvalues within ± this are treated as zero (flat directions).</extracomment>
            <translation>没有可以计算曲率的参数</translation>
        </message>
        <message>
            <source>the Hessian's extreme eigenvalues did not converge; try a smaller network or subsample</source>
            <extracomment>Lanczos iterations allowed for each end of the spectrum (each costs two gradient passes).</extracomment>
            <translation>Hessian 矩阵的最大、最小特征值没有收敛；请换用更小的网络，或只取部分样本（subsample）</translation>
        </message>
        <message>
            <source>this point is a {kind}: no direction of negative curvature to escape along</source>
            <translation>这个点是{kind}：没有负曲率的方向可以沿着逃离</translation>
        </message>
        <message>
            <source>choose a loss first: call compile(loss=...) or set it on the Output</source>
            <extracomment>Numbers in the widest layer's activations per batch of cells (4 MB of float32): large enough that numpy's per-call cost vanishes, small enough to stay near the core's cache. The layers the batched path knows; anything else goes cell by cell through a backend.</extracomment>
            <translation>请先选择损失函数：调用 compile(loss=...)，或在 Output 层上设置</translation>
        </message>
        <message>
            <source>step must be a positive number, got {value}</source>
            <translation>step 必须是正数，得到的是 {value}</translation>
        </message>
        <message>
            <source>method must be 'auto', 'batched' or 'backend', got {value}</source>
            <translation>method 必须是 'auto'、'batched' 或 'backend'，得到的是 {value}</translation>
        </message>
        <message>
            <source>{samples} samples but {labels} labels: they must pair up one to one</source>
            <translation>有 {samples} 个样本，却有 {labels} 个标签：两者必须一一对应</translation>
        </message>
        <message>
            <source>cells cannot be evaluated in batches: no batched {layer} layer</source>
            <translation>无法成批计算网格单元：{layer} 层没有成批计算的实现</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</source>
            <translation>Input 层要求样本形状为 {expected}，但数据中样本的形状是 {shape}</translation>
        </message>
        <message>
            <source>PC {number}</source>
            <translation>主成分 {number}</translation>
        </message>
        <message>
            <source>subsample must be a number of samples ≥ 1, got {value}</source>
            <translation>subsample 必须是 ≥ 1 的样本数，得到的是 {value}</translation>
        </message>
        <message>
            <source>subsample must be a number of samples or a list of sample indices</source>
            <translation>subsample 必须是样本数，或样本序号的列表</translation>
        </message>
        <message>
            <source>subsample indices must lie in 0 … {last}</source>
            <translation>subsample 的样本序号必须在 0 … {last} 之间</translation>
        </message>
        <message>
            <source>resolution must be a whole number ≥ 2, got {value}</source>
            <translation>resolution 必须是 ≥ 2 的整数，得到的是 {value}</translation>
        </message>
        <message>
            <source>span must be a positive number, got {value}</source>
            <translation>span 必须是正数，得到的是 {value}</translation>
        </message>
        <message>
            <source>the network has no weights to vary (every kernel is zero or absent)</source>
            <translation>网络没有可以变动的权重（所有权重矩阵都为零或不存在）</translation>
        </message>
        <message>
            <source>a trajectory needs at least two snapshots of the weights</source>
            <translation>画出轨迹至少需要两份权重快照</translation>
        </message>
        <message>
            <source>a plane needs at least two trainable weights</source>
            <translation>一个平面至少需要两个可训练的权重</translation>
        </message>
        <message>
            <source>the weights never moved: there is no path to show</source>
            <translation>权重一直没有变化：没有路径可以显示</translation>
        </message>
        <message>
            <source>there is no layer named {name}</source>
            <translation>没有名为 {name} 的层</translation>
        </message>
        <message>
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <source>{layer} has no {array} array (its arrays: {listed})</source>
            <translation>{layer} 没有 {array} 数组（它的数组：{listed}）</translation>
        </message>
        <message>
            <source>{layer}.{array} is not trained, so it has no loss surface</source>
            <translation>{layer}.{array} 不参与训练，所以没有损失曲面</translation>
        </message>
        <message>
            <source>{layer}.{array} has shape {shape}; index {index} is outside it</source>
            <translation>{layer}.{array} 的形状是 {shape}；下标 {index} 超出了范围</translation>
        </message>
        <message>
            <source>choose two different weights for the two axes</source>
            <translation>请为两个坐标轴选择两个不同的权重</translation>
        </message>
        <message>
            <source>a range must run from a smaller to a larger number, got {given}</source>
            <translation>范围必须从较小的数到较大的数，得到的是 {given}</translation>
        </message>
        <message>
            <source>capacity must be a whole number ≥ 2, got {value}</source>
            <translation>capacity 必须是 ≥ 2 的整数，得到的是 {value}</translation>
        </message>
        <message>
            <source>budget must be a fraction between 0 and 1, got {value}</source>
            <translation>budget 必须是 0 到 1 之间的比例，得到的是 {value}</translation>
        </message>
        <message>
            <source>the grid needs at least one point along each axis, got {shape}</source>
            <extracomment>Units a layer may have for its maps to be drawn (a card shows at most this many).</extracomment>
            <translation>网格在每个方向上至少需要一个点，得到的是 {shape}</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the grid has points of shape {shape}</source>
            <translation>Input 层要求样本形状为 {expected}，但网格上点的形状是 {shape}</translation>
        </message>
        <message>
            <source>a {nx}×{ny} grid has {points} points, but {given} were given</source>
            <translation>{nx}×{ny} 的网格有 {points} 个点，但给出了 {given} 个</translation>
        </message>
        <message>
            <source>there is no layer with id {node} in this network</source>
            <translation>这个网络中没有 id 为 {node} 的层</translation>
        </message>
        <message>
            <source>a histogram needs at least one bin, got {bins}</source>
            <extracomment>Kernel values that are NaN or infinite (left out of the counts).</extracomment>
            <translation>直方图至少需要一个区间，得到的是 {bins}</translation>
        </message>
        <message>
            <source>values must have shape (len(alphas), len(betas)) with at least 2 of each, got {shape} for {alphas} α and {betas} β</source>
            <translation>values 的形状必须是 (len(alphas), len(betas))，且每个方向至少 2 个，但对 {alphas} 个 α 和 {betas} 个 β 得到的是 {shape}</translation>
        </message>
        <message>
            <source>Rosenbrock (banana)</source>
            <extracomment>((x_min, x_max), (y_min, y_max)): the region worth plotting. A step size per optimizer that shows it at its typical best on this surface. Loss below which a run counts as arrived (for counting steps in a race). The valley's curvature across (y) is this many times its curvature along (x). The test functions' names and descriptions, marked for translation (shown through :func:`_text`).</extracomment>
            <translation>Rosenbrock（香蕉函数）</translation>
        </message>
        <message>
            <source>A long curved valley with its minimum at (1, 1): easy to find, slow to follow.</source>
            <translation>一条又长又弯的山谷，最低点在 (1, 1)：山谷容易找到，沿着它走却很慢。</translation>
        </message>
        <message>
            <source>Saddle x² − y²</source>
            <translation>鞍面 x² − y²</translation>
        </message>
        <message>
            <source>Downhill along y, uphill along x: the gradient vanishes at (0, 0), which is no minimum.</source>
            <translation>沿 y 方向下坡，沿 x 方向上坡：梯度在 (0, 0) 处为零，但那里不是最小值。</translation>
        </message>
        <message>
            <source>Beale</source>
            <translation>Beale 函数</translation>
        </message>
        <message>
            <source>Flat plateaus and steep walls; the minimum is at (3, 0.5).</source>
            <translation>平坦的高原和陡峭的崖壁；最低点在 (3, 0.5)。</translation>
        </message>
        <message>
            <source>Narrow valley</source>
            <translation>狭长山谷</translation>
        </message>
        <message>
            <source>A quadratic bowl {ratio}× steeper across than along: plain SGD zig-zags.</source>
            <translation>一个二次碗形曲面，横向比纵向陡 {ratio} 倍：普通 SGD 会来回“之”字形震荡。</translation>
        </message>
        <message>
            <source>diverged</source>
            <extracomment>Why the run ended before its steps were used up: "diverged" (f or the point is no longer a finite number) or "left the region" (far outside the plotted bounds); None otherwise. Why a race's run ended early (:attr:`RacePath.stopped`): compare with ``==``, show as a sentence.</extracomment>
            <translation>发散了</translation>
        </message>
        <message>
            <source>left the region</source>
            <translation>跑出了绘图区域</translation>
        </message>
        <message>
            <source>steps must be a whole number ≥ 1, got {value}</source>
            <extracomment>The optimizers a race runs by default, in the order a lecture introduces them.</extracomment>
            <translation>steps 必须是 ≥ 1 的整数，得到的是 {value}</translation>
        </message>
        <message>
            <source>start must be a point (x, y) of two finite numbers, got {value}</source>
            <translation>start 必须是由两个有限数组成的点 (x, y)，得到的是 {value}</translation>
        </message>
    </context>
    <context>
        <name>lessons</name>
        <message>
            <source>training {label!r} failed: {error}</source>
            <extracomment>Lessons train on the readable reference backend: no JIT compile time, same math. About this many weight snapshots per run when the lesson does not set a cadence. Samples a comparison surface averages the loss over (the first of the training split). Cells per side when a layer (e.g. Dropout) has no batched surface kernel and every cell is a separate loss evaluation: a coarser grid keeps the picture to seconds. States a run does not leave on its own.</extracomment>
            <translation>训练 {label!r} 失败：{error}</translation>
        </message>
        <message>
            <source>a comparison needs at least one variant</source>
            <extracomment>The settings this run changes, as the lesson file names them. Training loss of every step so far, as chunks (see :attr:`step_losses`). Keras-style per-epoch logs (``loss``, ``val_loss``, ``accuracy`` …) and their steps. The trainer's explanation when the run diverged (what the app shows), else None. Time spent training, summed over finished epochs.</extracomment>
            <translation>对比至少需要一个变体</translation>
        </message>
        <message>
            <source>epochs must be a whole number ≥ 1, got {epochs!r}</source>
            <translation>轮数必须是 ≥ 1 的整数，现在是 {epochs!r}</translation>
        </message>
        <message>
            <source>{label}: the project has no optimizer in its training settings</source>
            <extracomment>True when the variants change only how they train: one loss function for all.</extracomment>
            <translation>{label}：项目的训练设置中没有优化器</translation>
        </message>
        <message>
            <source>the variants' networks have different numbers of weights, so no plane holds all their paths</source>
            <extracomment>The epoch (fractional: step / steps per epoch) at each point of each path, for replaying the runs side by side in time. True when the axes are the network's only two weights (the surface is the whole loss); else the plane is the runs' first two principal components and ``explained`` is the share of their movement it holds.</extracomment>
            <translation>各变体网络的权重数量不同，没有一个平面能容纳它们所有的路径</translation>
        </message>
        <message>
            <source>a plane needs at least two trainable weights</source>
            <translation>一个平面至少需要两个可训练的权重</translation>
        </message>
        <message>
            <source>the weights never moved: there is no path to show</source>
            <translation>权重始终没有变化：没有可显示的路径</translation>
        </message>
        <message>
            <source>PC {number}</source>
            <translation>主成分 {number}</translation>
        </message>
        <message>
            <source>every run blew up at once: there is no finite path to show</source>
            <translation>所有运行都一下子发散了：没有有限的路径可显示</translation>
        </message>
        <message>
            <source>fitted curves need data with one input and one target per sample</source>
            <translation>拟合曲线需要每个样本只有一个输入和一个目标值的数据</translation>
        </message>
        <message>
            <source>decision boundaries need two inputs and one class label per sample</source>
            <extracomment>"probability" or "class".</extracomment>
            <translation>决策边界需要每个样本有两个输入和一个类别标签</translation>
        </message>
        <message>
            <source>{where} must be an object with the languages {languages}</source>
            <extracomment>Languages every text must exist in: the app's and the lecture notes' (Simplified Chinese). The plots a step can point the learner at (the GUI brings that plot to the front).</extracomment>
            <translation>{where} 必须是包含语言 {languages} 的对象</translation>
        </message>
        <message>
            <source>{where}.{lang} is missing or empty</source>
            <translation>{where}.{lang} 缺失或为空</translation>
        </message>
        <message>
            <source>{where} must be an object, got {type}</source>
            <translation>{where} 必须是对象，现在是 {type}</translation>
        </message>
        <message>
            <source>{where}.example names no file in resources/examples: {name!r}</source>
            <translation>{where}.example 指定的文件不在 resources/examples 中：{name!r}</translation>
        </message>
        <message>
            <source>{where} needs an 'example' file name or a non-empty 'network' list</source>
            <translation>{where} 需要一个 'example' 文件名或一个非空的 'network' 列表</translation>
        </message>
        <message>
            <source>{where}.action must have exactly one of {actions}, got {got}</source>
            <translation>{where}.action 必须恰好包含 {actions} 之一，现在是 {got}</translation>
        </message>
        <message>
            <source>{where}.look_at must be one of {plots}, got {look_at!r}</source>
            <translation>{where}.look_at 必须是 {plots} 之一，现在是 {look_at!r}</translation>
        </message>
        <message>
            <source>{where}.{label} names no variant of the comparison</source>
            <translation>{where}.{label} 不是这次对比中的任何变体</translation>
        </message>
        <message>
            <source>{path}: lesson files are named NN_slug.json, e.g. 02_learning-rate.json</source>
            <translation>{path}：课程文件应命名为 NN_slug.json，例如 02_learning-rate.json</translation>
        </message>
        <message>
            <source>{path}: cannot read the lesson: {error}</source>
            <translation>{path}：无法读取课程：{error}</translation>
        </message>
        <message>
            <source>id/slug must match the file name ({id!r}, {slug!r})</source>
            <translation>id/slug 必须与文件名一致（{id!r}，{slug!r}）</translation>
        </message>
        <message>
            <source>steps must be a non-empty list</source>
            <translation>steps 必须是非空列表</translation>
        </message>
        <message>
            <source>check.kind must be one of {kinds}, got {kind!r}</source>
            <translation>check.kind 必须是 {kinds} 之一，现在是 {kind!r}</translation>
        </message>
        <message>
            <source>check.{setting} is not a setting of {kind} (it takes: {known})</source>
            <translation>check.{setting} 不是 {kind} 的设置（它接受：{known}）</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <extracomment>How often, and how many times, a train step checks whether the worker is ready for Train. Actions whose results the comparison plot shows.</extracomment>
            <translation>{path}：{problem}</translation>
        </message>
        <message>
            <source>no lesson with id {ids} in {directory}</source>
            <translation>{directory} 中没有 id 为 {ids} 的课程</translation>
        </message>
        <message>
            <source>preset.network[{index}] needs a 'type' (input, dense, …)</source>
            <extracomment>Training loss of every step, in order. Keras-style per-epoch logs: ``loss``, ``accuracy``, ``val_loss``, …. The trainer's explanation when the run diverged (what the app shows), else None. (step, parameters) snapshots, when the step asked for them. The sample order each epoch trained in, as the trainer reported it (train steps only). Optimizer races on a 2-D test function: label → (function name, one path per optimizer). The Hessian's verdict at chosen points of a test function: label → Curvature.</extracomment>
            <translation>preset.network[{index}] 需要一个 'type'（input、dense 等）</translation>
        </message>
        <message>
            <source>{path}: the network has no layer named {name!r} (it has: {names})</source>
            <translation>{path}：网络中没有名为 {name!r} 的层（现有的层：{names}）</translation>
        </message>
        <message>
            <source>{path}: settings are training.…, dataset.…, split.…, seed, scaling, dtype or layers.&lt;name&gt;.&lt;key&gt;</source>
            <translation>{path}：可用的设置为 training.…、dataset.…、split.…、seed、scaling、dtype 或 layers.&lt;name&gt;.&lt;key&gt;</translation>
        </message>
        <message>
            <source>the lesson's project has no optimizer in its training settings</source>
            <translation>课程项目的训练设置中没有优化器</translation>
        </message>
        <message>
            <source>{path}: preset: {problem}</source>
            <translation>{path}：preset：{problem}</translation>
        </message>
        <message>
            <source>{path}: steps[{index}].action: {problem}</source>
            <translation>{path}：steps[{index}].action：{problem}</translation>
        </message>
        <message>
            <source>{path}: steps[{index}].action needs the setting {setting}</source>
            <translation>{path}：steps[{index}].action 需要设置 {setting}</translation>
        </message>
        <message>
            <source>{path}: check: no step made {what}</source>
            <translation>{path}：check：没有任何步骤产生 {what}</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <source>unknown backend {name}; choose one of: {choices}</source>
            <translation>未知的计算后端 {name}；请从以下选项中选择：{choices}</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</source>
            <translation>输入层需要形状为 {expected} 的样本，但数据中样本的形状是 {shape}</translation>
        </message>
        <message>
            <source>blas_threads must be a whole number ≥ 1 (or None), got {value}</source>
            <translation>blas_threads 必须是 ≥ 1 的整数（或 None），而输入的是 {value}</translation>
        </message>
        <message>
            <source>dtype must be float32 or float64, got {dtype}</source>
            <extracomment>Set when training stopped because the loss became NaN or infinite.</extracomment>
            <translation>dtype 必须是 float32 或 float64，而输入的是 {dtype}</translation>
        </message>
        <message>
            <source>the network has no Output layer</source>
            <extracomment>True while every weight is as initialized from ``seed`` (nothing trained or loaded), so a seed given to ``fit`` may still redraw them.</extracomment>
            <translation>网络没有输出层</translation>
        </message>
        <message>
            <source>compile needs a loss, e.g. loss="mse"</source>
            <translation>compile 需要一个损失函数，例如 loss="mse"</translation>
        </message>
        <message>
            <source>the model has {count} weight arrays, but {given} were given</source>
            <translation>模型有 {count} 个权重数组，但给出了 {given} 个</translation>
        </message>
        <message>
            <source>{node}.{name} has shape {expected}, but the given array has {shape}</source>
            <translation>{node}.{name} 的形状是 {expected}，但给出的数组形状是 {shape}</translation>
        </message>
        <message>
            <source>choose a loss first: call compile(loss=...) or set it on the Output</source>
            <translation>请先选择损失函数：调用 compile(loss=...)，或在输出层上设置</translation>
        </message>
        <message>
            <source>call compile(optimizer=..., loss=...) before fit</source>
            <translation>请在 fit 之前调用 compile(optimizer=..., loss=...)，选好优化器和损失函数</translation>
        </message>
        <message>
            <source>epochs must be a whole number ≥ 0, got {value}</source>
            <translation>epochs（轮数）必须是 ≥ 0 的整数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>validation_split must be in (0, 1), got {value}</source>
            <translation>validation_split 必须在 (0, 1) 之间，而输入的是 {value}</translation>
        </message>
        <message>
            <source>validation_split leaves no samples to train on</source>
            <translation>validation_split 划走后没有剩下可用于训练的样本</translation>
        </message>
        <message>
            <source>{samples} samples but {labels} labels: they must pair up one to one</source>
            <translation>有 {samples} 个样本，却有 {labels} 个标签：它们必须一一对应</translation>
        </message>
        <message>
            <source>there are no samples</source>
            <translation>没有样本</translation>
        </message>
        <message>
            <source>Sequential takes layers such as layers.Dense(8), got {value}</source>
            <translation>Sequential 接受的是层，例如 layers.Dense(8)，而输入的是 {value}</translation>
        </message>
        <message>
            <source>a Sequential model starts with an Input, e.g. layers.Input(2)</source>
            <translation>Sequential 模型要以输入层开始，例如 layers.Input(2)</translation>
        </message>
        <message>
            <source>a Sequential model has one Input, at the start</source>
            <translation>Sequential 模型只有一个输入层，位于开头</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>there is no node {node!r} in the graph</source>
            <extracomment>Usually an :class:`~engine.messages.Message`: the English sentence, translatable by a GUI.</extracomment>
            <translation>网络中没有节点 {node!r}</translation>
        </message>
        <message>
            <source>both ends must be layers in the graph</source>
            <translation>连接的两端都必须是网络中的层</translation>
        </message>
        <message>
            <source>a layer cannot feed itself</source>
            <translation>一个层不能把输出送给自己</translation>
        </message>
        <message>
            <source>{name} is an Input: data enters there, nothing can flow into it</source>
            <translation>{name} 是输入层：数据从这里进入，不能有东西流入它</translation>
        </message>
        <message>
            <source>{name} is the Output: nothing comes after it</source>
            <translation>{name} 是输出层：它后面不能再接任何东西</translation>
        </message>
        <message>
            <source>{name} already has its input; to combine two layers, use an Add or Concatenate layer</source>
            <translation>{name} 已经有输入了；要合并两个层，请用相加层或拼接层</translation>
        </message>
        <message>
            <source>connecting {source} → {target} would make a loop</source>
            <translation>连接 {source} → {target} 会形成环路</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
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
            <source>a node with id {node!r} already exists</source>
            <translation>编号为 {node!r} 的节点已经存在</translation>
        </message>
        <message>
            <source>a layer's name cannot be empty</source>
            <translation>层的名称不能为空</translation>
        </message>
        <message>
            <source>another layer is already called {name!r}</source>
            <translation>已经有另一个层叫 {name!r} 了</translation>
        </message>
        <message>
            <source>these layers are already connected</source>
            <translation>这两个层已经连接了</translation>
        </message>
        <message>
            <source>these layers are not connected</source>
            <translation>这两个层没有连接</translation>
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
            <source>{shapes} and {shape}</source>
            <translation>{shapes} 和 {shape}</translation>
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
            <source>{layer} takes at most {count} positional settings</source>
            <extracomment>How many incoming edges the layer takes (``None``: no upper limit). Parameters that training leaves to the layer itself (e.g. BatchNorm's moving averages).</extracomment>
            <translation>{layer}最多接受 {count} 个按位置给出的设置</translation>
        </message>
        <message>
            <source>{layer}: {setting} is given twice</source>
            <translation>{layer}：{setting} 被给出了两次</translation>
        </message>
        <message>
            <source>{layer} has no setting {setting!r}; its settings are: {settings}</source>
            <translation>{layer}没有名为 {setting!r} 的设置；它的设置有：{settings}</translation>
        </message>
        <message>
            <source>{layer} has no setting {setting!r}</source>
            <translation>{layer}没有名为 {setting!r} 的设置</translation>
        </message>
        <message>
            <source>{layer} expects a flat vector of features but gets shape {shape}; put a Flatten layer in front of it</source>
            <extracomment>Preferred node name when this spec is placed in a graph (Keras' ``name=``).</extracomment>
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
            <source>{loss}: targets of shape {targets} do not match predictions of shape {shape}</source>
            <extracomment>Probabilities are kept inside [EPS, 1 − EPS] before a log (as Keras does), so a confident wrong answer gives a large finite loss rather than inf. The output activation whose fusion with this loss is exact and stable, if any. Whether targets are class indices (one integer per sample) rather than arrays. Whether the loss treats outputs as probabilities of classes.</extracomment>
            <translation>{loss}：形状为 {targets} 的目标值与形状为 {shape} 的预测值不匹配</translation>
        </message>
        <message>
            <source>Huber loss: delta must be a number &gt; 0, got {value}</source>
            <extracomment>Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).</extracomment>
            <translation>Huber 损失：delta 必须是 &gt; 0 的数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>Huber loss: delta must be finite, got {value}</source>
            <translation>Huber 损失：delta 必须是有限的数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>binary cross-entropy: from_logits must be true or false, got {value}</source>
            <translation>二元交叉熵：from_logits 必须是“是”或“否”，而输入的是 {value}</translation>
        </message>
        <message>
            <source>binary cross-entropy treats each output unit as its own yes/no probability, but softmax makes the units compete; use sigmoid, or categorical cross-entropy</source>
            <translation>二元交叉熵把每个输出神经元看作各自独立的“是/否”概率，而 softmax 让各神经元相互竞争；请改用 sigmoid，或改用多类交叉熵</translation>
        </message>
        <message>
            <source>binary cross-entropy on {units} units needs a sigmoid on each unit; for one class out of {units} use (sparse) categorical cross-entropy with softmax</source>
            <translation>在 {units} 个神经元上用二元交叉熵，需要每个神经元都接 sigmoid；若要从 {units} 个类别中选一个，请用（稀疏）多类交叉熵配合 softmax</translation>
        </message>
        <message>
            <source>{loss}: from_logits must be true or false, got {value}</source>
            <translation>{loss}：from_logits 必须是“是”或“否”，而输入的是 {value}</translation>
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
        <message>
            <source>{loss}: {labels} labels for {count} predictions</source>
            <translation>{loss}：有 {labels} 个标签，却有 {count} 个预测值</translation>
        </message>
        <message>
            <source>{loss}: labels must be whole class numbers 0 … {last}</source>
            <translation>{loss}：标签必须是 0 … {last} 之间的整数类别编号</translation>
        </message>
        <message>
            <source>{loss}: label {label} is outside the {classes} classes 0 … {last} of the output</source>
            <translation>{loss}：标签 {label} 不在输出的 {classes} 个类别 0 … {last} 之内</translation>
        </message>
        <message>
            <source>{label}: alpha must be a finite number, got {value}</source>
            <extracomment>Whether f acts on each element alone (softmax does not: it mixes a row). Whether f'(x) can be computed from the output y = f(x) alone (tanh: 1 − y²). The backward pass then reuses the forward pass's output instead of evaluating f (an exp or tanh) again. ELU, hard sigmoid and softplus could in exact arithmetic, but not in floating point: ELU's y + α cancels for very negative x, and rounding moves the hard sigmoid's kinks. Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).</extracomment>
            <translation>{label}：alpha 必须是有限的数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: alpha must be ≥ 0, got {value}</source>
            <translation>{label}：alpha 必须 ≥ 0，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: {field} must be a finite number, got {value}</source>
            <translation>{label}的“{field}”必须是有限的数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>constant initializer</source>
            <translation>常数初始化</translation>
        </message>
        <message>
            <source>normal initializer</source>
            <translation>正态分布初始化</translation>
        </message>
        <message>
            <source>normal initializer: stddev must be ≥ 0, got {value}</source>
            <translation>正态分布初始化：stddev（标准差）必须 ≥ 0，而输入的是 {value}</translation>
        </message>
        <message>
            <source>uniform initializer</source>
            <translation>均匀分布初始化</translation>
        </message>
        <message>
            <source>uniform initializer: minval {low} is above maxval {high}</source>
            <translation>均匀分布初始化：minval {low} 大于 maxval {high}</translation>
        </message>
        <message>
            <source>{metric} needs a classification loss, not {loss}</source>
            <extracomment>"classification" (on labels) or "regression" (on values).</extracomment>
            <translation>{metric}需要分类用的损失函数，而不是{loss}</translation>
        </message>
        <message>
            <source>- {problem}</source>
            <extracomment>The activation a Dense or Activation layer applies (None for other layers).</extracomment>
            <translation>- {problem}</translation>
        </message>
        <message>
            <source>{lines}
- {problem}</source>
            <translation>{lines}
- {problem}</translation>
        </message>
        <message>
            <source>the network cannot run yet:
{listed}</source>
            <translation>网络还不能运行：
{listed}</translation>
        </message>
        <message>
            <source>{label}: {field} must be in {low}, {high}, got {value}</source>
            <translation>{label}的“{field}”必须在 {low}, {high} 之间，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: use clipnorm or global_clipnorm, not both</source>
            <extracomment>Every shared formula, for the compiled training loop (engine/backends/kernels/shared.py).</extracomment>
            <translation>{label}：clipnorm 和 global_clipnorm 只能用一个，不能同时使用</translation>
        </message>
        <message>
            <source>{label}: nesterov must be true or false, got {value}</source>
            <extracomment>Number of updates applied so far (the schedules' step count).</extracomment>
            <translation>{label}：nesterov 必须是“是”或“否”，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: Nesterov needs a momentum above 0</source>
            <translation>{label}：Nesterov 需要大于 0 的动量</translation>
        </message>
        <message>
            <source>activation</source>
            <extracomment>The registries' kinds, as words in a sentence ("unknown optimizer 'adamx'"): marked here so a GUI can translate them (see :func:`kind_word`).</extracomment>
            <translation>激活函数</translation>
        </message>
        <message>
            <source>bundled data set</source>
            <translation>内置数据集</translation>
        </message>
        <message>
            <source>data set</source>
            <translation>数据集</translation>
        </message>
        <message>
            <source>initializer</source>
            <translation>初始化方法</translation>
        </message>
        <message>
            <source>layer type</source>
            <translation>层类型</translation>
        </message>
        <message>
            <source>lesson check</source>
            <translation>课程检查</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>损失函数</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>指标</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>优化器</translation>
        </message>
        <message>
            <source>regularizer</source>
            <translation>正则化</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>缩放方式</translation>
        </message>
        <message>
            <source>schedule</source>
            <translation>学习率调度</translation>
        </message>
        <message>
            <source>test function</source>
            <translation>测试函数</translation>
        </message>
        <message>
            <source>{kind} must be given by name, got {name}</source>
            <translation>{kind}必须用名称给出，而输入的是 {name}</translation>
        </message>
        <message>
            <source>unknown {kind} {name!r}; choose one of: {choices}</source>
            <translation>未知的{kind} {name!r}；请从以下选项中选择：{choices}</translation>
        </message>
        <message>
            <source>{kind} config {spec} has no 'name'</source>
            <translation>{kind}的配置 {spec} 缺少 'name'</translation>
        </message>
        <message>
            <source>{kind} {entry}: {reason}</source>
            <translation>{kind} {entry}：{reason}</translation>
        </message>
        <message>
            <source>{label}: {field} must be ≥ 0, got {value}</source>
            <translation>{label}的“{field}”必须 ≥ 0，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: {field} must be a finite number {bound}, got {value}</source>
            <translation>{label}的“{field}”必须是 {bound} 的有限数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: {field} must be a whole number ≥ 1, got {value}</source>
            <translation>{label}的“{field}”必须是 ≥ 1 的整数，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: alpha must be in [0, 1], got {value}</source>
            <translation>{label}：alpha 必须在 [0, 1] 之间，而输入的是 {value}</translation>
        </message>
        <message>
            <source>{label}: cannot be followed by another warm-up</source>
            <translation>{label}：后面不能再接一个预热</translation>
        </message>
        <message>
            <source>schedule {spec!r} needs its settings (at least initial_learning_rate)</source>
            <translation>学习率调度 {spec!r} 需要给出它的设置（至少要有 initial_learning_rate）</translation>
        </message>
    </context>
    <context>
        <name>project</name>
        <message>
            <source>weights.npz: no array for {node}/{name}</source>
            <extracomment>Refuse to read files larger than this (a project with weights is far smaller). The data set: ``{"name": ..., **settings}`` (generator parameters or an import path). Train/eval/test split settings, e.g. ``{"test": 0.2, "eval": 0.1, "stratify": True}``. Training settings: optimizer config, metrics, batch size, epochs, backend, …. Input scaling: None, a method name ("standardize", "minmax"), or — after training — the fitted method with its statistics, so predictions scale new inputs as training did. Classroom view a teacher hands out: ``{"hidden_controls": [control ids], "presentation": bool}``. The ids name GUI controls (the GUI lists them); None: the full interface.</extracomment>
            <translation>weights.npz：没有 {node}/{name} 的数组</translation>
        </message>
        <message>
            <source>weights.npz: {node}/{name} has shape {shape}, but the layer {layer!r} needs {expected}</source>
            <translation>weights.npz：{node}/{name} 的形状是 {shape}，但层 {layer!r} 需要 {expected}</translation>
        </message>
        <message>
            <source>{path}: cannot open the file ({reason})</source>
            <translation>{path}：无法打开文件（{reason}）</translation>
        </message>
        <message>
            <source>{path}: {size} MiB is too large for a project file</source>
            <translation>{path}：{size} MiB 对项目文件来说太大了</translation>
        </message>
        <message>
            <source>{path}: not a LayerLab project (no project.json inside)</source>
            <translation>{path}：不是 LayerLab 项目（里面没有 project.json）</translation>
        </message>
        <message>
            <source>{path}: the file is damaged ({reason})</source>
            <translation>{path}：文件已损坏（{reason}）</translation>
        </message>
        <message>
            <source>{path}: not a LayerLab project (not valid JSON: {reason})</source>
            <translation>{path}：不是 LayerLab 项目（不是有效的 JSON：{reason}）</translation>
        </message>
        <message>
            <source>{path}: field '{where}': {reason}</source>
            <translation>{path}：字段 '{where}'：{reason}</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>缺失</translation>
        </message>
        <message>
            <source>expected {kinds}, found {value}</source>
            <translation>应为{kinds}，而文件中是 {value}</translation>
        </message>
        <message>
            <source>expected {kinds}, found {type} {value}</source>
            <translation>应为{kinds}，而文件中是 {type} {value}</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>一个对象</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>一个列表</translation>
        </message>
        <message>
            <source>text</source>
            <translation>文本</translation>
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
            <source>true or false</source>
            <translation>true 或 false</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first}或{second}</translation>
        </message>
        <message>
            <source>{path}: not a LayerLab project (no "format": "{format}")</source>
            <translation>{path}：不是 LayerLab 项目（没有 "format": "{format}"）</translation>
        </message>
        <message>
            <source>{path}: saved by a newer LayerLab (file format {version}; this version reads up to {newest}). Update LayerLab to open it.</source>
            <translation>{path}：此文件由更新版本的 LayerLab 保存（文件格式 {version}；本版本最高只能读取 {newest}）。请更新 LayerLab 后再打开。</translation>
        </message>
        <message>
            <source>must be ≥ 1, found {value}</source>
            <translation>必须 ≥ 1，而文件中是 {value}</translation>
        </message>
        <message>
            <source>unknown metric {name}</source>
            <translation>未知的指标 {name}</translation>
        </message>
        <message>
            <source>must be float32 or float64, found {value!r}</source>
            <translation>必须是 float32 或 float64，而文件中是 {value!r}</translation>
        </message>
        <message>
            <source>unknown setting; known: {known}</source>
            <extracomment>The keys a ``classroom`` object may have.</extracomment>
            <translation>未知的设置；已知的设置有：{known}</translation>
        </message>
        <message>
            <source>expected a control name, found {value}</source>
            <translation>应为控件名称，而文件中是 {value}</translation>
        </message>
        <message>
            <source>{name!r} is listed twice</source>
            <translation>{name!r} 出现了两次</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>应为一个对象</translation>
        </message>
        <message>
            <source>the id {node!r} is used twice</source>
            <translation>编号 {node!r} 被使用了两次</translation>
        </message>
        <message>
            <source>unknown layer type {name!r}</source>
            <translation>未知的层类型 {name!r}</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>为空</translation>
        </message>
        <message>
            <source>two layers are called {name!r}</source>
            <translation>有两个层都叫 {name!r}</translation>
        </message>
        <message>
            <source>expected two numbers [x, y], found {value}</source>
            <translation>应为两个数 [x, y]，而文件中是 {value}</translation>
        </message>
        <message>
            <source>expected [source id, target id], found {value}</source>
            <translation>应为 [起点编号, 终点编号]，而文件中是 {value}</translation>
        </message>
        <message>
            <source>refers to a node {node!r} that does not exist</source>
            <translation>引用了不存在的节点 {node!r}</translation>
        </message>
        <message>
            <source>the connection {source} → {target} is listed twice</source>
            <translation>连接 {source} → {target} 出现了两次</translation>
        </message>
        <message>
            <source>{path}: weights.npz is unreadable ({reason})</source>
            <translation>{path}：无法读取 weights.npz（{reason}）</translation>
        </message>
        <message>
            <source>{path}: weights.npz: {array!r} belongs to no layer in the graph</source>
            <translation>{path}：weights.npz：{array!r} 不属于网络中的任何层</translation>
        </message>
        <message>
            <source>{path}: weights.npz: {array!r} is not an array of finite numbers</source>
            <translation>{path}：weights.npz：{array!r} 不是由有限数构成的数组</translation>
        </message>
    </context>
    <context>
        <name>serving</name>
        <message>
            <source>{path}: the project has no trained weights yet; run `layerlab train {path}` first</source>
            <extracomment>The class each output column stands for, when the model was trained on named classes.</extracomment>
            <translation>{path}：项目还没有训练好的权重；请先运行 `layerlab train {path}`</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}：没有这个文件</translation>
        </message>
        <message>
            <source>{path}: the model takes {count} input(s) of type {types}; LayerLab runs models with one float input</source>
            <translation>{path}：这个模型接收 {count} 个输入，类型为 {types}；LayerLab 只能运行只有一个浮点输入的模型</translation>
        </message>
        <message>
            <source>{path}: not an ONNX model that onnxruntime can run ({error})</source>
            <translation>{path}：不是 onnxruntime 能运行的 ONNX 模型（{error}）</translation>
        </message>
        <message>
            <source>{path}: not an ONNX model LayerLab can run ({error})</source>
            <extracomment>(name, type, shape) of each input and output; shape entries are ints or symbolic names.</extracomment>
            <translation>{path}：不是 LayerLab 能运行的 ONNX 模型（{error}）</translation>
        </message>
        <message>
            <source>input</source>
            <translation>输入</translation>
        </message>
        <message>
            <source>output</source>
            <translation>输出</translation>
        </message>
        <message>
            <source>{path}: the model's {what} has shape {dims}; LayerLab needs a batch axis first and fixed sizes after it</source>
            <translation>{path}：模型的{what}形状为 {dims}；LayerLab 要求第一个轴是批次轴，后面的各维大小固定</translation>
        </message>
        <message>
            <source>{path}: the model's class names are not a JSON list of text</source>
            <translation>{path}：模型的类别名称不是由文本组成的 JSON 列表</translation>
        </message>
        <message>
            <source>cannot serve on {host}:{port} ({error}); choose another with --port</source>
            <translation>无法在 {host}:{port} 上提供服务（{error}）；请用 --port 换一个端口</translation>
        </message>
        <message>
            <source>cannot serve on {host}:{port} ({error})</source>
            <translation>无法在 {host}:{port} 上提供服务（{error}）</translation>
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
        <message>
            <source>Circle with two tanh layers</source>
            <extracomment>What a fresh window shows: a network that can train at once. File ▸ Open Example's names for the shipped examples, by file name (untranslated).</extracomment>
            <translation>圆环：两个 tanh 层</translation>
        </message>
        <message>
            <source>Digits with the Keras example model</source>
            <translation>手写数字：Keras 示例模型</translation>
        </message>
        <message>
            <source>Sine curve regression</source>
            <translation>正弦曲线回归</translation>
        </message>
        <message>
            <source>Spiral with two ReLU layers</source>
            <translation>螺旋：两个 ReLU 层</translation>
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <source>early stopping patience must be a whole number ≥ 1, got {value}</source>
            <extracomment>A chunk of steps aims to take about this long: short enough that Pause answers at once, long enough that per-call overhead disappears. A loss this many times above the first step's loss counts as exploding. Monitor ``val_loss`` when there is eval data, else ``loss``. Put back the weights of the best epoch when stopping.</extracomment>
            <translation>早停的耐心轮数必须是 ≥ 1 的整数，现在是 {value}</translation>
        </message>
        <message>
            <source>early stopping min_delta must be ≥ 0, got {value}</source>
            <translation>早停的 min_delta 必须 ≥ 0，现在是 {value}</translation>
        </message>
        <message>
            <source>compile the model (optimizer and loss) before training it</source>
            <translation>训练之前请先编译模型（选好优化器和损失函数）</translation>
        </message>
        <message>
            <source>unknown backend {backend}; choose auto or one of: {names}</source>
            <translation>未知的计算后端 {backend}；请选择 auto 或以下之一：{names}</translation>
        </message>
        <message>
            <source>{samples} samples and {labels} labels: need equal, non-zero counts</source>
            <translation>{samples} 个样本和 {labels} 个标签：两者数量必须相等且不为零</translation>
        </message>
        <message>
            <source>stratified batches need class labels (one whole number per sample)</source>
            <translation>分层批次需要类别标签（每个样本一个整数）</translation>
        </message>
        <message>
            <source>yield_seconds must be a number of seconds in [0, 1], got {value}</source>
            <translation>yield_seconds 必须是 [0, 1] 之间的秒数，现在是 {value}</translation>
        </message>
        <message>
            <source>the trainer is closed</source>
            <extracomment>completed epochs updates since the last reset (step, copy of the parameters) at the snapshot cadence, starting with step 0. Why the last run stopped on an error (a LayerLabError's message), if it did.</extracomment>
            <translation>训练器已关闭</translation>
        </message>
        <message>
            <source>training failed: {error}</source>
            <translation>训练失败：{error}</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>已由用户停止</translation>
        </message>
        <message>
            <source>reset: fresh weights from the seed</source>
            <translation>已重置：按随机种子重新生成权重</translation>
        </message>
        <message>
            <source>the JIT backend finished compiling; {why}</source>
            <extracomment>Epochs to train one chunk each before chunks may span epochs again (after an undo).</extracomment>
            <translation>JIT 计算后端已编译完成；{why}</translation>
        </message>
        <message>
            <source>the JIT backend could not start ({error}); training stays on the reference backend</source>
            <translation>JIT 计算后端无法启动（{error}）；训练继续使用参考后端</translation>
        </message>
        <message>
            <source>early stopping watches {monitor}, which this run does not report</source>
            <translation>早停监视的是 {monitor}，但这次训练不报告这个值</translation>
        </message>
        <message>
            <source>early stopping: {monitor} has not improved for {patience} epochs (best {best} after epoch {epoch})</source>
            <translation>早停：{monitor} 已经连续 {patience} 轮没有改善（最好的是第 {epoch} 轮之后的 {best}）</translation>
        </message>
        <message>
            <source>The loss exploded from {first} to {loss} at step {step}</source>
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
        <message>
            <source>all {epochs} epochs are done</source>
            <translation>全部 {epochs} 轮训练已完成</translation>
        </message>
        <message>
            <source>epochs must be a whole number ≥ 0, got {value}</source>
            <translation>轮数必须是 ≥ 0 的整数，现在是 {value}</translation>
        </message>
        <message>
            <source>{name} must be a whole number ≥ 0, got {value}</source>
            <translation>{name} 必须是 ≥ 0 的整数，现在是 {value}</translation>
        </message>
        <message>
            <source>choose a loss first: call compile(loss=...) or set it on the Output</source>
            <extracomment>Activations with two flat tails, where a unit can saturate. A value is saturated where the activation's slope is below this fraction of its peak slope (sigmoid: |z| &gt; 3.6, tanh: |z| &gt; 1.8). First-layer gradient norm / last-layer gradient norm below this: vanishing gradients. ... above this: exploding gradients. Share of dead (or saturated) units in a layer from which a hint is given. An update that changes a layer's weights by more than this fraction of their size. ‖∂L/∂θ‖ over the layer's trainable arrays (kernel and bias together). ‖θ‖ over the same arrays. ‖θ − θ_previous‖ / ‖θ‖: how much the last update moved the weights (≈ 1e-3 is healthy). Mean and standard deviation of the layer's outputs over the batch. Share of (sample, unit) values on a flat tail of sigmoid/tanh/hard sigmoid. Share of units whose slope is 0 for every sample of the batch (ReLU: output always 0). (counts, bin edges) of the pre-activations z, when asked for.</extracomment>
            <translation>请先选择损失函数：调用 compile(loss=...)，或在 Output 层上设置</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</source>
            <translation>Input 层要求样本形状为 {expected}，但数据中样本的形状是 {shape}</translation>
        </message>
        <message>
            <source>Exploding gradients: the gradient grows on its way back to the first layer, so the early weights take huge steps. Use a smaller learning rate, gradient clipping, or a smaller weight initialization.</source>
            <extracomment>The layer it is about, if one.</extracomment>
            <translation>梯度爆炸：梯度在反向传播到前面的层时越来越大，前面层的权重更新步子过大。请调小学习率、使用梯度裁剪，或用更小的权重初始化。</translation>
        </message>
        <message>
            <source>Vanishing gradients: the first layer's gradient is {ratio} times the last layer's, so the early layers barely learn. Sigmoid's slope is at most 0.25 and each layer multiplies by it; ReLU, or Batch Normalization, keeps it alive.</source>
            <translation>梯度消失：第一层的梯度只有最后一层的 {ratio} 倍，前面的层几乎学不到东西。Sigmoid 的导数最大只有 0.25，每经过一层就再乘一次；换用 ReLU 或加入批量归一化（Batch Normalization）可以缓解。</translation>
        </message>
        <message>
            <source>{layer}: {percent}% of its units are dead — their output is 0 for every sample, so no gradient reaches them and they cannot recover. Try Leaky ReLU or ELU, a smaller learning rate, or biases that do not start negative.</source>
            <translation>{layer}：{percent}% 的神经元已“死亡”——对所有样本输出都是 0，梯度传不到它们，也就无法恢复。可以试试 Leaky ReLU 或 ELU、调小学习率，或不要用负的偏置初始化。</translation>
        </message>
        <message>
            <source>{layer}: {percent}% of its values sit on a flat tail of {activation}, where the slope is nearly 0 and learning stalls. Scale the inputs, use a smaller initialization, or switch to ReLU.</source>
            <translation>{layer}：{percent}% 的数值落在 {activation} 平坦的两端，那里导数几乎为 0，学习会停滞。请把输入标准化、用更小的初始化，或改用 ReLU。</translation>
        </message>
        <message>
            <source>{layer}: one update changed its weights by {percent}% of their size (about 0.1% is typical). The learning rate is probably too high.</source>
            <translation>{layer}：一次更新就让权重改变了自身大小的 {percent}%（通常约 0.1%）。学习率可能太大了。</translation>
        </message>
        <message>
            <source>The loss became infinite or NaN: training diverged. The learning rate is too high for this network and data; lower it (e.g. by 10×) and start again.</source>
            <extracomment>How many of the latest values the history hints look at.</extracomment>
            <translation>损失变成了无穷大或 NaN：训练发散了。对这个网络和数据来说学习率太大，请调小（例如缩小 10 倍）后重新开始。</translation>
        </message>
        <message>
            <source>The loss jumps up and down (or climbs) instead of falling: the steps overshoot the valley. Try a smaller learning rate.</source>
            <translation>损失忽高忽低（或不断上升），而不是稳定下降：每一步都越过了谷底。请调小学习率。</translation>
        </message>
        <message>
            <source>Overfitting: the evaluation loss has risen since epoch {epoch} while the training loss keeps falling — the network is memorizing the training data. Use more data or augmentation, fewer parameters, Dropout or L2, or stop at the best epoch.</source>
            <translation>过拟合：从第 {epoch} 轮起验证损失一直上升，而训练损失还在下降——网络在死记训练数据。可以增加数据或做数据增强、减少参数、使用 Dropout 或 L2 正则化，或在最好的那一轮停止训练。</translation>
        </message>
        <message>
            <source>the project has no data set: choose one in the Data panel</source>
            <extracomment>The optimizer a project without one trains with (what the training panel shows for it). A project's ``training`` keys that need a new Trainer (the weights are kept). Snapshots of the weights (for the path on the loss landscape and the plots' weights while training) at least this often in steps; more often for short epochs, never mid-chunk. The project's data set entry the session was built from. The samples as generated or read (before input features and scaling), same rows. The weights the session started from (a copy).</extracomment>
            <translation>项目还没有数据集：请在“数据”面板中选择一个</translation>
        </message>
        <message>
            <source>training diverged, so the weights are useless (some may not even be finite numbers): press Reset and train again</source>
            <extracomment>The timer that drains the trainer's mailbox, and so the plots' refresh: every 30 ms (a little over the 30 Hz the plots must make, since a timer never fires early and often fires late). Time a closing window gives the trainer thread to end. State shown when there is no session (the graph has errors or the data cannot be loaded). How long a thread may keep the GIL while another waits for it, while the reference backend trains. That backend runs numpy on small arrays, which never lets go of the GIL, and every call this thread makes into Qt gives the GIL up and then waits this long to get it back: at Python's default of 5 ms one frame of a plot takes seconds and the window freezes (benchmarks/gui_latency.py --example circle_tanh --backend reference: p99 latency 5.9 s with 5 ms, 0.2–0.4 s with 0.1 ms). Only then, because so short a slice slows every other Python-heavy thread (numba compiling, imports) a great deal. (The trainer now pauses between reference chunks instead, see REFERENCE_YIELD_SECONDS; this short slice is what runs that do not pause use.) BLAS threads while the window trains: one, so the other core stays free for drawing. Two BLAS threads fight the GUI thread for every matrix product and lose (benchmarks/gui_latency.py, digits on the cpu backend, 2 cores: headless 51k samples/s with two, 190k with one). Pause after each reference-backend chunk (about 50 ms of numpy that holds the GIL nearly all along), with the GIL free, so the window gets a turn of its own. With it, Python's own switch interval does better than the short one above, which is then not used (gui_latency.py, circle on the reference backend, two runs each, same minutes: p99 58–71 ms against 93–128 ms, loss plot 26–29 Hz against 18–22 Hz, more samples per second too). Commands that make the trainer train (the run's clock runs until it settles again). A new session (data, model) or none: views rebuild from :attr:`session`. The run started over (new session or Reset): views drop what they drew of the old run. ``(state, reason)``: idle, running, paused, stopped, finished, diverged or unavailable. New steps or epochs are in :attr:`steps` / :attr:`epochs` (at most once per tick). At least one epoch ended since the last tick (eval metrics, confusion matrix). Newer weights are in :attr:`params` (from a snapshot, or after a step/pause). ``(backend, reason)``: training now runs on that backend (the JIT took over, …). Something went wrong that the user should read (a refused setting, a failed step). The loss landscape's own thread (its numba kernel may compile for a while at first). The latest weights the views may draw (a private copy; never written to). Global step of :attr:`params`. Training time of this run before the current stretch, and when that stretch began. The current trainer's own step and epoch counts, from its reports.</extracomment>
            <translation>训练发散了，这些权重已经没有用（有些甚至不是有限的数）：请按“重置”后重新训练</translation>
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
