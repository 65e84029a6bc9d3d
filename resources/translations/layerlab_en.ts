<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name />
        <message>
            <source>Compare runs</source>
            <translation>Compare runs</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lesson</translation>
        </message>
        <message>
            <source>&amp;Lessons</source>
            <translation>&amp;Lessons</translation>
        </message>
        <message>
            <source>Show the Lesson Panel</source>
            <translation>Show the Lesson Panel</translation>
        </message>
        <message>
            <source>This lesson's project cannot be built: %1</source>
            <extracomment>``marks[k]``: the undo-stack index once the edits of steps 0 … k−1 are in (marks[0]: preset). Something the teacher should read (a step that could not run, and why); "" clears it.</extracomment>
            <translation>This lesson's project cannot be built: %1</translation>
        </message>
        <message>
            <source>Lesson %1, step %2</source>
            <translation>Lesson %1, step %2</translation>
        </message>
        <message>
            <source>This step could not run: %1</source>
            <translation>This step could not run: %1</translation>
        </message>
        <message>
            <source>This step could not run: it needs the setting %1</source>
            <translation>This step could not run: it needs the setting %1</translation>
        </message>
        <message>
            <source>the training is still busy with the last change</source>
            <translation>the training is still busy with the last change</translation>
        </message>
        <message>
            <source>Training did not start: %1</source>
            <translation>Training did not start: %1</translation>
        </message>
        <message>
            <source>Cannot train yet: %1</source>
            <translation>Cannot train yet: %1</translation>
        </message>
        <message>
            <source>Add %1</source>
            <extracomment>An undo step's name: its text, or a function making it in the interface language.</extracomment>
            <translation>Add %1</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Delete</translation>
        </message>
        <message>
            <source>Paste</source>
            <translation>Paste</translation>
        </message>
        <message>
            <source>Arrange layers</source>
            <translation>Arrange layers</translation>
        </message>
        <message>
            <source>Move %1</source>
            <translation>Move %1</translation>
        </message>
        <message>
            <source>Move %n layers</source>
            <translation>Move %n layers</translation>
        </message>
        <message>
            <source>Drag onto another layer to connect it.</source>
            <translation>Drag onto another layer to connect it.</translation>
        </message>
        <message>
            <source>Release to connect %1 → %2.</source>
            <translation>Release to connect %1 → %2.</translation>
        </message>
        <message>
            <source>Cannot connect: %1</source>
            <translation>Cannot connect: %1</translation>
        </message>
        <message>
            <source>Connect %1 → %2</source>
            <translation>Connect %1 → %2</translation>
        </message>
        <message>
            <source>Change %1</source>
            <translation>Change %1</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
        <message>
            <source>Delete layer</source>
            <translation>Delete layer</translation>
        </message>
        <message>
            <source>Connect</source>
            <translation>Connect</translation>
        </message>
        <message>
            <source>Disconnect</source>
            <translation>Disconnect</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Rename</translation>
        </message>
        <message>
            <source>Move</source>
            <translation>Move</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Edit</translation>
        </message>
    </context>
    <context>
        <name>ActivationPlot</name>
        <message>
            <source>The layer whose pre-activation values are shown as a histogram</source>
            <extracomment>The x range the curves are drawn over when no histogram says otherwise.</extracomment>
            <translation>The layer whose pre-activation values are shown as a histogram</translation>
        </message>
        <message>
            <source>The activation function drawn</source>
            <translation>The activation function drawn</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Function</source>
            <translation>Function</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>samples</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>%1 mixes a whole row of units: it has no curve of one variable</source>
            <translation>%1 mixes a whole row of units: it has no curve of one variable</translation>
        </message>
    </context>
    <context>
        <name>BoundaryPlot</name>
        <message>
            <source>Show test data</source>
            <extracomment>Grid cells per side of the heatmap (Playground's resolution). Points along the fitted curve of a 1-D regression. Room around the data, as a fraction of its extent. How light the heatmap is, so the samples on top stay readable (0 = white, 1 = full colour).</extracomment>
            <translation>Show test data</translation>
        </message>
        <message>
            <source>Also draw the held-out samples (outlined in black)</source>
            <translation>Also draw the held-out samples (outlined in black)</translation>
        </message>
        <message>
            <source>Discretize output</source>
            <translation>Discretize output</translation>
        </message>
        <message>
            <source>Colour each point by the class the network picks</source>
            <translation>Colour each point by the class the network picks</translation>
        </message>
        <message>
            <source>Choose a data set to see the network's answer.</source>
            <extracomment>How many times the heatmap or curve was redrawn (tests watch it change).</extracomment>
            <translation>Choose a data set to see the network's answer.</translation>
        </message>
        <message numerus="yes">
            <source>The decision boundary is drawn for data with two inputs, as in Playground (and the fitted curve for one input). This data set has %n feature(s): see the confusion matrix for how well its classes are told apart.</source>
            <translation>
                <numerusform>The decision boundary is drawn for data with two inputs, as in Playground (and the fitted curve for one input). This data set has %n feature(s): see the confusion matrix for how well its classes are told apart.</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Classroom</name>
        <message>
            <source>&amp;Presentation Mode</source>
            <extracomment>Hidden in presentation mode: settings a class rarely needs to see while a teacher demonstrates. The canvas zoom factor presentation mode applied (undone when it ends). Whether a widget was hidden already when the classroom view hid it.</extracomment>
            <translation>&amp;Presentation Mode</translation>
        </message>
        <message>
            <source>Larger text and thicker plot lines for a projector; advanced controls hidden</source>
            <translation>Larger text and thicker plot lines for a projector; advanced controls hidden</translation>
        </message>
        <message>
            <source>Plot &amp;Full Screen</source>
            <translation>Plot &amp;Full Screen</translation>
        </message>
        <message>
            <source>Show the plot under the pointer full screen (Esc leaves)</source>
            <translation>Show the plot under the pointer full screen (Esc leaves)</translation>
        </message>
        <message>
            <source>&amp;Hide Controls…</source>
            <translation>&amp;Hide Controls…</translation>
        </message>
        <message>
            <source>Choose controls to hide; saved with the project for students</source>
            <translation>Choose controls to hide; saved with the project for students</translation>
        </message>
        <message>
            <source>&amp;Show All Controls</source>
            <translation>&amp;Show All Controls</translation>
        </message>
        <message>
            <source>&amp;Classroom</source>
            <translation>&amp;Classroom</translation>
        </message>
        <message>
            <source>This project hides controls this version does not have: %1</source>
            <translation>This project hides controls this version does not have: %1</translation>
        </message>
        <message>
            <source>Hide controls</source>
            <translation>Hide controls</translation>
        </message>
        <message>
            <source>No plot is shown to put full screen.</source>
            <translation>No plot is shown to put full screen.</translation>
        </message>
    </context>
    <context>
        <name>ComparisonPlot</name>
        <message>
            <source>Loss surface</source>
            <extracomment>How often a running comparison is polled and redrawn (ms): the plots' 30 Hz. How long a replay of the runs takes (ms). Cells per side of a shared surface, and of each surface when every run has its own. Which right-hand view a lesson step's ``look_at`` asks for. (The first of them the runs allow: a 1-D regression has fitted curves, a 2-D classification decision boundaries.)</extracomment>
            <translation>Loss surface</translation>
        </message>
        <message>
            <source>Fitted curves</source>
            <translation>Fitted curves</translation>
        </message>
        <message>
            <source>Decision boundaries</source>
            <translation>Decision boundaries</translation>
        </message>
        <message>
            <source>Per layer</source>
            <translation>Per layer</translation>
        </message>
        <message>
            <source>What the right-hand side shows once the runs are over</source>
            <translation>What the right-hand side shows once the runs are over</translation>
        </message>
        <message>
            <source>Log scale</source>
            <translation>Log scale</translation>
        </message>
        <message>
            <source>Loss on a logarithmic axis: a run that blows up stays in view</source>
            <translation>Loss on a logarithmic axis: a run that blows up stays in view</translation>
        </message>
        <message>
            <source>Replay</source>
            <translation>Replay</translation>
        </message>
        <message>
            <source>Play the runs again, side by side in time, slowly enough to follow</source>
            <translation>Play the runs again, side by side in time, slowly enough to follow</translation>
        </message>
        <message>
            <source>loss</source>
            <extracomment>A line under the plots: which plane the surface is, or why a view cannot be drawn.
----------
The finished runs' pictures by view (None where one does not apply); empty before.</extracomment>
            <translation>loss</translation>
        </message>
        <message>
            <source>epoch</source>
            <translation>epoch</translation>
        </message>
        <message>
            <source>Lessons that compare settings show their runs here, side by side.</source>
            <extracomment>What is being shown: a Comparison, or None (a race, a curvature, or nothing yet). Drawn paths: (points, time of each point, line items, end marker), for Replay. Where a replay is (0 … 1 of the runs' length), or None when showing everything. One line per optimizer of a race: its step size and when it arrived. The runs' names in the interface language, by label (see show_comparison).</extracomment>
            <translation>Lessons that compare settings show their runs here, side by side.</translation>
        </message>
        <message>
            <source>%1 (%2 steps/epoch)</source>
            <translation>%1 (%2 steps/epoch)</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>accuracy</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>Training…</translation>
        </message>
        <message>
            <source>f &lt; %1 at step %2</source>
            <translation>f &lt; %1 at step %2</translation>
        </message>
        <message>
            <source>not below %1</source>
            <translation>not below %1</translation>
        </message>
        <message>
            <source>%1 (η = %2): %3</source>
            <translation>%1 (η = %2): %3</translation>
        </message>
        <message>
            <source>%1 (%2 steps/epoch, %3 ms/epoch)</source>
            <translation>%1 (%2 steps/epoch, %3 ms/epoch)</translation>
        </message>
        <message>
            <source>solid: training, dashed: evaluation</source>
            <translation>solid: training, dashed: evaluation</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Colour = the network's output over the plane of the two inputs; dots = training data.</source>
            <translation>Colour = the network's output over the plane of the two inputs; dots = training data.</translation>
        </message>
        <message>
            <source>Measured on the first 64 training samples after training.</source>
            <translation>Measured on the first 64 training samples after training.</translation>
        </message>
        <message>
            <source>%1: a gradient of exactly 0 (every unit dead) cannot be drawn on the log axis.</source>
            <translation>%1: a gradient of exactly 0 (every unit dead) cannot be drawn on the log axis.</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>a minimum: every eigenvalue &gt; 0</source>
            <translation>a minimum: every eigenvalue &gt; 0</translation>
        </message>
        <message>
            <source>a maximum: every eigenvalue &lt; 0</source>
            <translation>a maximum: every eigenvalue &lt; 0</translation>
        </message>
        <message>
            <source>a saddle point: eigenvalues of both signs</source>
            <translation>a saddle point: eigenvalues of both signs</translation>
        </message>
        <message>
            <source>Hessian eigenvalues at (%1): %2 → %3</source>
            <translation>Hessian eigenvalues at (%1): %2 → %3</translation>
        </message>
        <message>
            <source>along eigenvector %1 (λ = %2)</source>
            <translation>along eigenvector %1 (λ = %2)</translation>
        </message>
        <message>
            <source>distance from the point</source>
            <translation>distance from the point</translation>
        </message>
        <message>
            <source>Drawn when the runs are over.</source>
            <translation>Drawn when the runs are over.</translation>
        </message>
        <message>
            <source>Colour = log₁₀ loss over the network's only two weights: all of its loss.</source>
            <translation>Colour = log₁₀ loss over the network's only two weights: all of its loss.</translation>
        </message>
        <message>
            <source>Colour = log₁₀ loss over the plane the runs moved in most (%1% of their movement).</source>
            <translation>Colour = log₁₀ loss over the plane the runs moved in most (%1% of their movement).</translation>
        </message>
        <message>
            <source>training data</source>
            <translation>training data</translation>
        </message>
        <message>
            <source>gradient norm</source>
            <translation>gradient norm</translation>
        </message>
        <message>
            <source>dead units</source>
            <translation>dead units</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>layer</translation>
        </message>
    </context>
    <context>
        <name>ConfusionPlot</name>
        <message>
            <source>Evaluation split</source>
            <extracomment>Above this many classes the counts are not written into the cells (they would not fit).</extracomment>
            <translation>Evaluation split</translation>
        </message>
        <message>
            <source>Test split</source>
            <translation>Test split</translation>
        </message>
        <message>
            <source>Which held-out samples to count</source>
            <translation>Which held-out samples to count</translation>
        </message>
        <message>
            <source>true class</source>
            <extracomment>The counts on screen (rows: true class, columns: predicted), or None. The training step of the weights the counts are for.</extracomment>
            <translation>true class</translation>
        </message>
        <message>
            <source>predicted class</source>
            <translation>predicted class</translation>
        </message>
        <message>
            <source>Choose a data set first.</source>
            <translation>Choose a data set first.</translation>
        </message>
        <message>
            <source>A confusion matrix counts classes; this data set is a regression.</source>
            <translation>A confusion matrix counts classes; this data set is a regression.</translation>
        </message>
        <message>
            <source>There is no held-out data: give the evaluation or test split a share.</source>
            <translation>There is no held-out data: give the evaluation or test split a share.</translation>
        </message>
        <message>
            <source>%1 of %2 right</source>
            <translation>%1 of %2 right</translation>
        </message>
    </context>
    <context>
        <name>DataPanel</name>
        <message>
            <source>Data set</source>
            <extracomment>The percent range of the split sliders. The engine's sentence the error line shows (a Message, re-rendered when the language changes). The catalogue description of the chosen built-in set ("" for an imported file). The data set as the project names it now (None: none chosen or it failed to load).</extracomment>
            <translation>Data set</translation>
        </message>
        <message>
            <source>Import a CSV or NPZ file…</source>
            <translation>Import a CSV or NPZ file…</translation>
        </message>
        <message>
            <source>Choose a data set…</source>
            <translation>Choose a data set…</translation>
        </message>
        <message>
            <source>last column</source>
            <translation>last column</translation>
        </message>
        <message>
            <source>The column (name or 0-based number) that holds the target</source>
            <translation>The column (name or 0-based number) that holds the target</translation>
        </message>
        <message>
            <source>Classification</source>
            <translation>Classification</translation>
        </message>
        <message>
            <source>Regression</source>
            <translation>Regression</translation>
        </message>
        <message>
            <source>Samples</source>
            <translation>Samples</translation>
        </message>
        <message>
            <source>Noise</source>
            <translation>Noise</translation>
        </message>
        <message>
            <source>Data seed</source>
            <translation>Data seed</translation>
        </message>
        <message>
            <source>Classes</source>
            <translation>Classes</translation>
        </message>
        <message>
            <source>File</source>
            <translation>File</translation>
        </message>
        <message>
            <source>Target column</source>
            <translation>Target column</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Task</translation>
        </message>
        <message>
            <source>Input features</source>
            <translation>Input features</translation>
        </message>
        <message>
            <source>What the network is fed for each point: x₁², sin x₁, … let even a small network draw curves</source>
            <translation>What the network is fed for each point: x₁², sin x₁, … let even a small network draw curves</translation>
        </message>
        <message>
            <source>Split and scaling</source>
            <translation>Split and scaling</translation>
        </message>
        <message>
            <source>Test</source>
            <translation>Test</translation>
        </message>
        <message>
            <source>Held out until the end: the final, honest score</source>
            <translation>Held out until the end: the final, honest score</translation>
        </message>
        <message>
            <source>Evaluation</source>
            <translation>Evaluation</translation>
        </message>
        <message>
            <source>Share of the rest checked after every epoch</source>
            <translation>Share of the rest checked after every epoch</translation>
        </message>
        <message>
            <source>Stratified</source>
            <translation>Stratified</translation>
        </message>
        <message>
            <source>Every class keeps its share of the samples in each split</source>
            <translation>Every class keeps its share of the samples in each split</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>Standardize (mean 0, spread 1)</source>
            <translation>Standardize (mean 0, spread 1)</translation>
        </message>
        <message>
            <source>Min–max (0 to 1)</source>
            <translation>Min–max (0 to 1)</translation>
        </message>
        <message>
            <source>Fitted on the training split only, then applied to all</source>
            <translation>Fitted on the training split only, then applied to all</translation>
        </message>
        <message>
            <source>Scaling</source>
            <translation>Scaling</translation>
        </message>
        <message>
            <source>File: %1</source>
            <translation>File: %1</translation>
        </message>
        <message>
            <source>No data set chosen.</source>
            <translation>No data set chosen.</translation>
        </message>
        <message>
            <source>%1 samples: %2 train · %3 evaluation · %4 test</source>
            <translation>%1 samples: %2 train · %3 evaluation · %4 test</translation>
        </message>
        <message>
            <source>Choose data set</source>
            <translation>Choose data set</translation>
        </message>
        <message>
            <source>Import data</source>
            <translation>Import data</translation>
        </message>
        <message>
            <source>Data files (*.csv *.tsv *.txt *.npz);;All files (*)</source>
            <translation>Data files (*.csv *.tsv *.txt *.npz);;All files (*)</translation>
        </message>
        <message>
            <source>Change data set</source>
            <translation>Change data set</translation>
        </message>
        <message>
            <source>Fit the Input to the data</source>
            <translation>Fit the Input to the data</translation>
        </message>
        <message>
            <source>Change split</source>
            <translation>Change split</translation>
        </message>
        <message>
            <source>Change scaling</source>
            <translation>Change scaling</translation>
        </message>
    </context>
    <context>
        <name>DataPreview</name>
        <message>
            <source>class</source>
            <extracomment>Images shown in the grid (a square number) and rows shown in the table. Which view shows the current set: "scatter", "images" or "table". The set shown now (drawn again in the new language after a switch).</extracomment>
            <translation>class</translation>
        </message>
    </context>
    <context>
        <name>ExportDialog</name>
        <message>
            <source>Export the network</source>
            <extracomment>The files one export wrote (the main file first).</extracomment>
            <translation>Export the network</translation>
        </message>
        <message>
            <source>ONNX model (.onnx), for onnxruntime and other tools</source>
            <translation>ONNX model (.onnx), for onnxruntime and other tools</translation>
        </message>
        <message>
            <source>PyTorch code (.py) with its weights (.npz)</source>
            <translation>PyTorch code (.py) with its weights (.npz)</translation>
        </message>
        <message>
            <source>Keras 3 code (.py) with its weights (.npz)</source>
            <translation>Keras 3 code (.py) with its weights (.npz)</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <source>Export</source>
            <extracomment>What will be exported (which weights), or why nothing can be. Why the last export failed, in words.</extracomment>
            <translation>Export</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Save to</source>
            <translation>Save to</translation>
        </message>
        <message>
            <source>Exports the weights after %1 training steps in this window.</source>
            <translation>Exports the weights after %1 training steps in this window.</translation>
        </message>
        <message>
            <source>Exports the weights after %1 training steps in this window. Training goes on: this is its newest snapshot.</source>
            <translation>Exports the weights after %1 training steps in this window. Training goes on: this is its newest snapshot.</translation>
        </message>
        <message>
            <source>Exports the trained weights saved in the project.</source>
            <translation>Exports the trained weights saved in the project.</translation>
        </message>
        <message>
            <source>Nothing is trained yet: press Train first, then export.</source>
            <translation>Nothing is trained yet: press Train first, then export.</translation>
        </message>
        <message>
            <source>ONNX models (*.onnx)</source>
            <translation>ONNX models (*.onnx)</translation>
        </message>
        <message>
            <source>Python files (*.py)</source>
            <translation>Python files (*.py)</translation>
        </message>
        <message>
            <source>Export to</source>
            <translation>Export to</translation>
        </message>
        <message>
            <source>Choose a file to export to.</source>
            <translation>Choose a file to export to.</translation>
        </message>
        <message>
            <source>Could not export: %1</source>
            <translation>Could not export: %1</translation>
        </message>
        <message>
            <source>Could not export: this format needs the Python package “%1”, which is not installed.</source>
            <translation>Could not export: this format needs the Python package “%1”, which is not installed.</translation>
        </message>
        <message>
            <source>Exported to %1: %2</source>
            <translation>Exported to %1: %2</translation>
        </message>
    </context>
    <context>
        <name>FileController</name>
        <message>
            <source>Untitled</source>
            <extracomment>What Save writes: the document's project, or (set by the training side) the project with the weights trained in the window, so the file predicts as the window does.</extracomment>
            <translation>Untitled</translation>
        </message>
        <message>
            <source>Save the changes to “%1” first?</source>
            <translation>Save the changes to “%1” first?</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Unsaved changes</translation>
        </message>
        <message>
            <source>Open project</source>
            <translation>Open project</translation>
        </message>
        <message>
            <source>Save project as</source>
            <translation>Save project as</translation>
        </message>
        <message>
            <source>LayerLab did not close properly last time. Restore the unsaved work on “%1” from %2?</source>
            <translation>LayerLab did not close properly last time. Restore the unsaved work on “%1” from %2?</translation>
        </message>
        <message>
            <source>Restore unsaved work</source>
            <translation>Restore unsaved work</translation>
        </message>
        <message>
            <source>LayerLab</source>
            <translation>LayerLab</translation>
        </message>
        <message>
            <source>LayerLab projects (*.layerlab *.json)</source>
            <translation>LayerLab projects (*.layerlab *.json)</translation>
        </message>
        <message>
            <source>Could not save “%1”: %2</source>
            <translation>Could not save “%1”: %2</translation>
        </message>
        <message>
            <source>Autosave failed: %1</source>
            <translation>Autosave failed: %1</translation>
        </message>
    </context>
    <context>
        <name>GradientPlot</name>
        <message>
            <source>‖gradient‖</source>
            <extracomment>Measurements kept for the lines (each is one row of per-layer norms). Up to this many measurements, each is also drawn as a dot. The hints box scrolls beyond this height (pixels), so it never pushes the plots away.</extracomment>
            <translation>‖gradient‖</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
        <message>
            <source>share of units</source>
            <translation>share of units</translation>
        </message>
        <message>
            <source>dead</source>
            <translation>dead</translation>
        </message>
        <message>
            <source>saturated</source>
            <translation>saturated</translation>
        </message>
        <message>
            <source>share of weights</source>
            <translation>share of weights</translation>
        </message>
        <message>
            <source>weight value</source>
            <translation>weight value</translation>
        </message>
        <message>
            <source>weights of each layer (colours as above)</source>
            <translation>weights of each layer (colours as above)</translation>
        </message>
        <message>
            <source>No warning signs: gradients reach every layer and units are alive.</source>
            <translation>No warning signs: gradients reach every layer and units are alive.</translation>
        </message>
    </context>
    <context>
        <name>GraphDocument</name>
        <message numerus="yes">
            <source>(+%n more)</source>
            <extracomment>Configuration or name of a node changed. Shapes, parameter counts and problems were recomputed (after every edit). ``(has_errors, reason)``: whether the graph can train and, if not, why (for Train). Node ids now selected, in selection order. A different project was loaded: views rebuild everything. Names of project settings (``dataset``, ``training``, …) that changed. The undo history's texts were made anew in the interface language (after a switch). The language the undo history's texts are in.</extracomment>
            <translation>
                <numerusform>(+%n more)</numerusform>
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>GraphView</name>
        <message>
            <source>Drag layers here from the palette, or pick a template from File ▸ New from template</source>
            <translation>Drag layers here from the palette, or pick a template from File ▸ New from template</translation>
        </message>
    </context>
    <context>
        <name>HideControlsDialog</name>
        <message>
            <source>Hide Controls</source>
            <translation>Hide Controls</translation>
        </message>
        <message>
            <source>Ticked controls are hidden. The choice is saved in the project, so students who open the file see the same view.</source>
            <translation>Ticked controls are hidden. The choice is saved in the project, so students who open the file see the same view.</translation>
        </message>
        <message>
            <source>Open this project in presentation mode</source>
            <translation>Open this project in presentation mode</translation>
        </message>
    </context>
    <context>
        <name>Inspector</name>
        <message numerus="yes">
            <source>%n layers selected.</source>
            <translation>
                <numerusform>%n layers selected.</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>Select a layer on the canvas to see and edit its settings.</source>
            <translation>Select a layer on the canvas to see and edit its settings.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Output shape</source>
            <translation>Output shape</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <comment>a setting's help and its allowed range</comment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>The network has %1 layers and %2 parameters.</source>
            <translation>The network has %1 layers and %2 parameters.</translation>
        </message>
        <message>
            <source>It is ready to train.</source>
            <translation>It is ready to train.</translation>
        </message>
        <message>
            <source>Change %1 of %2</source>
            <translation>Change %1 of %2</translation>
        </message>
        <message>
            <source>Rename %1 to %2</source>
            <translation>Rename %1 to %2</translation>
        </message>
    </context>
    <context>
        <name>LandscapePlot</name>
        <message>
            <source>Random plane (live)</source>
            <extracomment>Cells per side while training runs, and once it stops (fewer for large networks). Networks with more weights than this get the smaller full resolution. Samples the loss is averaged over at each cell (the first of the training split). Weights offered for the exact two-weight surface (the first of the network's). Room around the two weights' path on the exact surface, at least (in weight units). Why no surface could be computed (the engine's sentence, a Message): shown, in the interface language, over the picture already drawn.</extracomment>
            <translation>Random plane (live)</translation>
        </message>
        <message>
            <source>Plane of the path (PCA)</source>
            <translation>Plane of the path (PCA)</translation>
        </message>
        <message>
            <source>Two weights (exact)</source>
            <translation>Two weights (exact)</translation>
        </message>
        <message>
            <source>Random plane: two random directions through the weights, updated while training.
Plane of the path: the two directions training moved along most (after it stops).
Two weights: the exact loss as two chosen weights vary, the others held fixed.</source>
            <translation>Random plane: two random directions through the weights, updated while training.
Plane of the path: the two directions training moved along most (after it stops).
Two weights: the exact loss as two chosen weights vary, the others held fixed.</translation>
        </message>
        <message>
            <source>The weight along the horizontal axis</source>
            <translation>The weight along the horizontal axis</translation>
        </message>
        <message>
            <source>The weight along the vertical axis</source>
            <translation>The weight along the vertical axis</translation>
        </message>
        <message>
            <source>3-D</source>
            <translation>3-D</translation>
        </message>
        <message>
            <source>Show the surface as a relief with the path on it; drag with the mouse to turn it</source>
            <translation>Show the surface as a relief with the path on it; drag with the mouse to turn it</translation>
        </message>
        <message>
            <source>Choose a data set first.</source>
            <translation>Choose a data set first.</translation>
        </message>
        <message>
            <source>The plane of the path is computed when training pauses or stops.</source>
            <translation>The plane of the path is computed when training pauses or stops.</translation>
        </message>
        <message>
            <source>Choose two different weights for the two axes.</source>
            <translation>Choose two different weights for the two axes.</translation>
        </message>
        <message>
            <source>Exact loss over two weights, the others held; colour = log₁₀ loss</source>
            <translation>Exact loss over two weights, the others held; colour = log₁₀ loss</translation>
        </message>
        <message>
            <source>%1, path explained %2%</source>
            <translation>%1, path explained %2%</translation>
        </message>
        <message>
            <source>%1 grid, colour = log₁₀ loss</source>
            <translation>%1 grid, colour = log₁₀ loss</translation>
        </message>
    </context>
    <context>
        <name>LayerPalette</name>
        <message>
            <source>Search layers…</source>
            <translation>Search layers…</translation>
        </message>
    </context>
    <context>
        <name>LessonPanel</name>
        <message>
            <source>Loss</source>
            <extracomment>The plots a step can point at, by the name lesson files use, with the dock title they carry.</extracomment>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>Loss landscape</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Gradient flow</source>
            <translation>Gradient flow</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Confusion matrix</translation>
        </message>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Canvas</source>
            <translation>Canvas</translation>
        </message>
        <message>
            <source>Back</source>
            <extracomment>Views whose results a finished comparison answers better than the main plots do. Where the teacher was (``"07:2"``: lesson 07, third step), kept in the app's settings. Steps run in the open lesson, and the last comparison-type step run (its plot answers a later "show" step that looks at the loss or the surface). Why the lessons could not be read (shown in the interface language), or None.</extracomment>
            <translation>Back</translation>
        </message>
        <message>
            <source>Next</source>
            <translation>Next</translation>
        </message>
        <message>
            <source>Reset lesson</source>
            <translation>Reset lesson</translation>
        </message>
        <message>
            <source>Put the lesson's project back as it started, to replay it</source>
            <translation>Put the lesson's project back as it started, to replay it</translation>
        </message>
        <message>
            <source>Choose a lesson</source>
            <translation>Choose a lesson</translation>
        </message>
        <message>
            <source>Run this step</source>
            <translation>Run this step</translation>
        </message>
        <message>
            <source>Step %1 of %2</source>
            <translation>Step %1 of %2</translation>
        </message>
        <message>
            <source>Compare runs — %1</source>
            <translation>Compare runs — %1</translation>
        </message>
        <message>
            <source>Look at: %1</source>
            <translation>Look at: %1</translation>
        </message>
        <message>
            <source>Show me</source>
            <translation>Show me</translation>
        </message>
    </context>
    <context>
        <name>LossPlot</name>
        <message>
            <source>Log scale</source>
            <extracomment>Shortest time between two readings of the loss history for hints, in milliseconds.</extracomment>
            <translation>Log scale</translation>
        </message>
        <message>
            <source>Show the loss on a logarithmic axis (small values stay visible)</source>
            <translation>Show the loss on a logarithmic axis (small values stay visible)</translation>
        </message>
        <message>
            <source>loss</source>
            <extracomment>The y values each curve was last given (what the views' y ranges are fitted to).</extracomment>
            <translation>loss</translation>
        </message>
        <message>
            <source>train, per step</source>
            <translation>train, per step</translation>
        </message>
        <message>
            <source>train, per epoch</source>
            <translation>train, per epoch</translation>
        </message>
        <message>
            <source>evaluation</source>
            <translation>evaluation</translation>
        </message>
        <message>
            <source>train</source>
            <translation>train</translation>
        </message>
        <message>
            <source>learning rate</source>
            <translation>learning rate</translation>
        </message>
        <message>
            <source>step</source>
            <translation>step</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;Panels</source>
            <extracomment>The user confirmed closing (unsaved changes were handled); stop background work now.</extracomment>
            <translation>&amp;Panels</translation>
        </message>
        <message>
            <source>Layers</source>
            <translation>Layers</translation>
        </message>
        <message>
            <source>Inspector</source>
            <translation>Inspector</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problems</translation>
        </message>
        <message>
            <source>&amp;New</source>
            <extracomment>Worker, data and training panels, live plots (see gui/training_ui.py). Lesson panel, comparison plot and the Lessons menu (see gui/lessons/). Presentation mode, hidden controls, a plot full screen; Edit ▸ Settings… (gui/classroom.py).</extracomment>
            <translation>&amp;New</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Open…</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>&amp;Save</translation>
        </message>
        <message>
            <source>Save &amp;As…</source>
            <translation>Save &amp;As…</translation>
        </message>
        <message>
            <source>&amp;Export…</source>
            <translation>&amp;Export…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quit</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Undo</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Redo</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>Cu&amp;t</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>&amp;Copy</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>&amp;Paste</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;uplicate</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Delete</translation>
        </message>
        <message>
            <source>Select &amp;All</source>
            <translation>Select &amp;All</translation>
        </message>
        <message>
            <source>&amp;Fit to View</source>
            <translation>&amp;Fit to View</translation>
        </message>
        <message>
            <source>Zoom &amp;In</source>
            <translation>Zoom &amp;In</translation>
        </message>
        <message>
            <source>Zoom &amp;Out</source>
            <translation>Zoom &amp;Out</translation>
        </message>
        <message>
            <source>&amp;Actual Size</source>
            <translation>&amp;Actual Size</translation>
        </message>
        <message>
            <source>&amp;Arrange Left to Right</source>
            <translation>&amp;Arrange Left to Right</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <source>New from &amp;Template</source>
            <translation>New from &amp;Template</translation>
        </message>
        <message>
            <source>Open &amp;Example</source>
            <translation>Open &amp;Example</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Open &amp;Recent</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edit</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
        <message>
            <source>Clear list</source>
            <translation>Clear list</translation>
        </message>
        <message>
            <source>(no recent projects)</source>
            <translation>(no recent projects)</translation>
        </message>
        <message>
            <source>Zoom %1%</source>
            <translation>Zoom %1%</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <translation>&amp;Undo %1</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <translation>&amp;Redo %1</translation>
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
                <numerusform>+%n more unit(s)</numerusform>
                <numerusform />
            </translation>
        </message>
        <message>
            <source>What each unit of this layer computes over the input plane, as training runs: orange for negative outputs, white near 0, blue for positive.</source>
            <translation>What each unit of this layer computes over the input plane, as training runs: orange for negative outputs, white near 0, blue for positive.</translation>
        </message>
        <message>
            <source>out  %1</source>
            <translation>out  %1</translation>
        </message>
        <message>
            <source>params  ?</source>
            <translation>params  ?</translation>
        </message>
        <message>
            <source>params  %1</source>
            <translation>params  %1</translation>
        </message>
    </context>
    <context>
        <name>PlotPanel</name>
        <message>
            <source>Export</source>
            <extracomment>Playground's colours: orange for the first class (or low values), blue for the second. The noisy per-step loss: a pale blue, opaque (translucent lines cost more to paint). Width of a stacked plot's left axis (ticks, tick labels and title together), in pixels. Fixed, so that plots stacked with linked x axes line up, and so that a tick label that grows by a digit does not make pyqtgraph lay the whole plot out again (a relayout costs a frame's paint). Room added past the last x value when the range grows, as a fraction of it. Margin above and below the data on the y axis, as a fraction of its span. Refit when the data spans less than this share of the shown y range.</extracomment>
            <translation>Export</translation>
        </message>
        <message>
            <source>Save this plot as an image or its numbers as a table</source>
            <translation>Save this plot as an image or its numbers as a table</translation>
        </message>
        <message>
            <source>Image (PNG)…</source>
            <translation>Image (PNG)…</translation>
        </message>
        <message>
            <source>Vector image (SVG)…</source>
            <translation>Vector image (SVG)…</translation>
        </message>
        <message>
            <source>Numbers (CSV)…</source>
            <translation>Numbers (CSV)…</translation>
        </message>
        <message>
            <source>PNG image (*.png)</source>
            <translation>PNG image (*.png)</translation>
        </message>
        <message>
            <source>SVG image (*.svg)</source>
            <translation>SVG image (*.svg)</translation>
        </message>
        <message>
            <source>CSV table (*.csv)</source>
            <translation>CSV table (*.csv)</translation>
        </message>
        <message>
            <source>Export plot</source>
            <translation>Export plot</translation>
        </message>
    </context>
    <context>
        <name>ProblemsPanel</name>
        <message>
            <source>Layer</source>
            <translation>Layer</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>network</source>
            <translation>network</translation>
        </message>
        <message>
            <source>No problems: the network is ready to train.</source>
            <translation>No problems: the network is ready to train.</translation>
        </message>
        <message>
            <source>1 error</source>
            <translation>1 error</translation>
        </message>
        <message>
            <source>%1 errors</source>
            <translation>%1 errors</translation>
        </message>
        <message>
            <source>1 warning</source>
            <translation>1 warning</translation>
        </message>
        <message>
            <source>%1 warnings</source>
            <translation>%1 warnings</translation>
        </message>
        <message>
            <source>, </source>
            <translation>, </translation>
        </message>
    </context>
    <context>
        <name>RegistryEditor</name>
        <message>
            <source>(none)</source>
            <translation>(none)</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Settings</translation>
        </message>
        <message>
            <source>System default (%1)</source>
            <translation>System default (%1)</translation>
        </message>
        <message>
            <source>Language</source>
            <translation>Language</translation>
        </message>
        <message>
            <source>Presentation mode (F5)</source>
            <translation>Presentation mode (F5)</translation>
        </message>
        <message>
            <source>Larger text and thicker plot lines for a projector; advanced controls hidden</source>
            <translation>Larger text and thicker plot lines for a projector; advanced controls hidden</translation>
        </message>
        <message>
            <source>Classroom</source>
            <translation>Classroom</translation>
        </message>
        <message>
            <source>Presentation text size</source>
            <translation>Presentation text size</translation>
        </message>
        <message>
            <source>The language changes at once; texts showing live numbers follow at their next update.</source>
            <translation>The language changes at once; texts showing live numbers follow at their next update.</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Se&amp;ttings…</translation>
        </message>
    </context>
    <context>
        <name>ShapeEditor</name>
        <message>
            <source>e.g. 2 or 8, 8</source>
            <translation>e.g. 2 or 8, 8</translation>
        </message>
    </context>
    <context>
        <name>TrainingPanel</name>
        <message>
            <source>Auto (reference now, CPU JIT when compiled)</source>
            <extracomment>The learning-rate slider covers 10^LOW … 10^HIGH (Playground: 0.00001 … 10) in STEPS per decade. Backends offered, in order; "auto" starts on the reference backend and switches to the JIT.</extracomment>
            <translation>Auto (reference now, CPU JIT when compiled)</translation>
        </message>
        <message>
            <source>CPU JIT (numba)</source>
            <translation>CPU JIT (numba)</translation>
        </message>
        <message>
            <source>Reference (numpy)</source>
            <translation>Reference (numpy)</translation>
        </message>
        <message>
            <source>CUDA (GPU)</source>
            <translation>CUDA (GPU)</translation>
        </message>
        <message>
            <source>Train</source>
            <extracomment>Shown in the regularization choice when the Dense layers differ (set per layer in the inspector). Regularization strength offered when the user first picks L1 or L2.</extracomment>
            <translation>Train</translation>
        </message>
        <message>
            <source>Train, or pause training (Space)</source>
            <translation>Train, or pause training (Space)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>Train on exactly one batch, then pause</source>
            <translation>Train on exactly one batch, then pause</translation>
        </message>
        <message>
            <source>Epoch</source>
            <translation>Epoch</translation>
        </message>
        <message>
            <source>Train to the end of this epoch, then pause</source>
            <translation>Train to the end of this epoch, then pause</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Stop</translation>
        </message>
        <message>
            <source>End this run and keep the weights</source>
            <translation>End this run and keep the weights</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Reset</translation>
        </message>
        <message>
            <source>Fresh weights from the seed; the plots start over</source>
            <translation>Fresh weights from the seed; the plots start over</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>Learning rate on a logarithmic scale, 0.00001 to 10</source>
            <translation>Learning rate on a logarithmic scale, 0.00001 to 10</translation>
        </message>
        <message>
            <source>The exact learning rate (type e.g. 0.03 or 3e-4)</source>
            <translation>The exact learning rate (type e.g. 0.03 or 3e-4)</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>How the learning rate changes with the step count</source>
            <translation>How the learning rate changes with the step count</translation>
        </message>
        <message>
            <source>Schedule</source>
            <translation>Schedule</translation>
        </message>
        <message>
            <source>Samples per update; a running trainer switches at the next step</source>
            <translation>Samples per update; a running trainer switches at the next step</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch size</translation>
        </message>
        <message>
            <source>until stopped</source>
            <translation>until stopped</translation>
        </message>
        <message>
            <source>Passes over the training data; 0 trains until you press Stop</source>
            <translation>Passes over the training data; 0 trains until you press Stop</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>None</source>
            <translation>None</translation>
        </message>
        <message>
            <source>L1 (sparse weights)</source>
            <translation>L1 (sparse weights)</translation>
        </message>
        <message>
            <source>L2 (small weights)</source>
            <translation>L2 (small weights)</translation>
        </message>
        <message>
            <source>Per layer (differs)</source>
            <translation>Per layer (differs)</translation>
        </message>
        <message>
            <source>A penalty on every Dense layer's weights, against overfitting</source>
            <translation>A penalty on every Dense layer's weights, against overfitting</translation>
        </message>
        <message>
            <source>Regularization rate: how strongly weights are pulled to zero</source>
            <translation>Regularization rate: how strongly weights are pulled to zero</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>Regularization</translation>
        </message>
        <message>
            <source>Seeds the initial weights, the split and the batch order</source>
            <translation>Seeds the initial weights, the split and the batch order</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Not available: this installation has no CUDA backend (no NVIDIA GPU support)</source>
            <translation>Not available: this installation has no CUDA backend (no NVIDIA GPU support)</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>Choose optimizer</source>
            <translation>Choose optimizer</translation>
        </message>
        <message>
            <source>Change learning rate</source>
            <translation>Change learning rate</translation>
        </message>
        <message>
            <source>Change learning-rate schedule</source>
            <translation>Change learning-rate schedule</translation>
        </message>
        <message>
            <source>Change batch size</source>
            <translation>Change batch size</translation>
        </message>
        <message>
            <source>Change epochs</source>
            <translation>Change epochs</translation>
        </message>
        <message>
            <source>Choose backend</source>
            <translation>Choose backend</translation>
        </message>
        <message>
            <source>Change seed</source>
            <translation>Change seed</translation>
        </message>
        <message>
            <source>Set regularization</source>
            <translation>Set regularization</translation>
        </message>
        <message>
            <source>Cannot train yet: %1</source>
            <translation>Cannot train yet: %1</translation>
        </message>
        <message>
            <source>%1.</source>
            <comment>a training note as a sentence</comment>
            <translation>%1.</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>TrainingStatus</name>
        <message>
            <source>Ready</source>
            <extracomment>While training runs, the numbers change at most this often (ms): nobody reads a counter that changes 30 times a second, and each change relays out and repaints the status bar (about a millisecond of the GUI thread, taken from the plots and the trainer).</extracomment>
            <translation>Ready</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Paused</source>
            <translation>Paused</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>Stopped</translation>
        </message>
        <message>
            <source>Finished</source>
            <translation>Finished</translation>
        </message>
        <message>
            <source>Diverged</source>
            <translation>Diverged</translation>
        </message>
        <message>
            <source>Cannot train</source>
            <translation>Cannot train</translation>
        </message>
        <message>
            <source>Epoch %1 · step %2</source>
            <translation>Epoch %1 · step %2</translation>
        </message>
        <message>
            <source>%1 samples/s</source>
            <translation>%1 samples/s</translation>
        </message>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>Time spent training in this run</source>
            <translation>Time spent training in this run</translation>
        </message>
        <message>
            <source>Backend: %1 (JIT warming up…)</source>
            <translation>Backend: %1 (JIT warming up…)</translation>
        </message>
        <message>
            <source>Backend: %1</source>
            <translation>Backend: %1</translation>
        </message>
    </context>
    <context>
        <name>classroom</name>
        <message>
            <source>Step and Epoch buttons</source>
            <extracomment>Presentation mode scales the interface font by this much (Settings can change it). … and plot lines by this much (at least 3 px wide).</extracomment>
            <translation>Step and Epoch buttons</translation>
        </message>
        <message>
            <source>Stop button</source>
            <translation>Stop button</translation>
        </message>
        <message>
            <source>Reset button</source>
            <translation>Reset button</translation>
        </message>
        <message>
            <source>Optimizer</source>
            <translation>Optimizer</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Learning-rate schedule</source>
            <translation>Learning-rate schedule</translation>
        </message>
        <message>
            <source>Batch size</source>
            <translation>Batch size</translation>
        </message>
        <message>
            <source>Epochs</source>
            <translation>Epochs</translation>
        </message>
        <message>
            <source>Regularization</source>
            <translation>Regularization</translation>
        </message>
        <message>
            <source>Seed</source>
            <translation>Seed</translation>
        </message>
        <message>
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <source>Layers panel</source>
            <translation>Layers panel</translation>
        </message>
        <message>
            <source>Inspector panel</source>
            <translation>Inspector panel</translation>
        </message>
        <message>
            <source>Lessons panel</source>
            <translation>Lessons panel</translation>
        </message>
        <message>
            <source>Data panel</source>
            <translation>Data panel</translation>
        </message>
        <message>
            <source>Problems panel</source>
            <translation>Problems panel</translation>
        </message>
        <message>
            <source>Loss plot</source>
            <translation>Loss plot</translation>
        </message>
        <message>
            <source>Output plot</source>
            <translation>Output plot</translation>
        </message>
        <message>
            <source>Loss landscape plot</source>
            <translation>Loss landscape plot</translation>
        </message>
        <message>
            <source>Activations plot</source>
            <translation>Activations plot</translation>
        </message>
        <message>
            <source>Gradient flow plot</source>
            <translation>Gradient flow plot</translation>
        </message>
        <message>
            <source>Confusion matrix plot</source>
            <translation>Confusion matrix plot</translation>
        </message>
        <message>
            <source>Main toolbar</source>
            <translation>Main toolbar</translation>
        </message>
    </context>
    <context>
        <name>cli</name>
        <message>
            <source>{path}: the project has no optimizer in its training settings</source>
            <translation>{path}: the project has no optimizer in its training settings</translation>
        </message>
        <message>
            <source>{path}: training failed: {error}</source>
            <translation>{path}: training failed: {error}</translation>
        </message>
        <message>
            <source>{path}: the {split} split is empty (see the project's split settings)</source>
            <translation>{path}: the {split} split is empty (see the project's split settings)</translation>
        </message>
        <message>
            <source>--port must be a port number from 0 to 65535 (0: any free port), got {port}</source>
            <translation>--port must be a port number from 0 to 65535 (0: any free port), got {port}</translation>
        </message>
    </context>
    <context>
        <name>data</name>
        <message>
            <source>label</source>
            <extracomment>Memory per byte of CSV text while reading: parsed floats (8 bytes per cell of ≥ 2 characters), the float32 copy, labels and row numbers. The roles a column plays, as sentences name them (translated under "data").</extracomment>
            <translation>label</translation>
        </message>
        <message>
            <source>feature</source>
            <translation>feature</translation>
        </message>
        <message>
            <source>the {role} column must be a column name or a number, got {column}</source>
            <translation>the {role} column must be a column name or a number, got {column}</translation>
        </message>
        <message>
            <source>{path}: there is no column {column} (counting from 0) for the {role}; the file has {count} columns</source>
            <translation>{path}: there is no column {column} (counting from 0) for the {role}; the file has {count} columns</translation>
        </message>
        <message>
            <source>{path}: has no header row, so the {role} column {column} cannot be found by name; give its number instead (0 is the first column, -1 the last)</source>
            <translation>{path}: has no header row, so the {role} column {column} cannot be found by name; give its number instead (0 is the first column, -1 the last)</translation>
        </message>
        <message>
            <source>{path}: no column named {column} for the {role}; the columns are: {names}</source>
            <translation>{path}: no column named {column} for the {role}; the columns are: {names}</translation>
        </message>
        <message>
            <source>{path}: {count} columns are named {column}; give the {role} column by number</source>
            <translation>{path}: {count} columns are named {column}; give the {role} column by number</translation>
        </message>
        <message>
            <source>column {number}</source>
            <translation>column {number}</translation>
        </message>
        <message>
            <source>delimiter must be a single character, got {value}</source>
            <translation>delimiter must be a single character, got {value}</translation>
        </message>
        <message>
            <source>column {number} ({name})</source>
            <translation>column {number} ({name})</translation>
        </message>
        <message>
            <source>task must be one of {tasks}, got {task}</source>
            <translation>task must be one of {tasks}, got {task}</translation>
        </message>
        <message>
            <source>{path}: the file is empty; a data file needs one row per sample</source>
            <translation>{path}: the file is empty; a data file needs one row per sample</translation>
        </message>
        <message>
            <source>the header has {width}</source>
            <translation>the header has {width}</translation>
        </message>
        <message>
            <source>row {row} has {width}</source>
            <translation>row {row} has {width}</translation>
        </message>
        <message>
            <source>features must be a list of column names or numbers, got {value}</source>
            <translation>features must be a list of column names or numbers, got {value}</translation>
        </message>
        <message>
            <source>{column} cannot be both the label and a feature</source>
            <translation>{column} cannot be both the label and a feature</translation>
        </message>
        <message>
            <source>{path}: has only the label column; there are no feature columns to learn from</source>
            <translation>{path}: has only the label column; there are no feature columns to learn from</translation>
        </message>
        <message>
            <source>no value for {column}</source>
            <translation>no value for {column}</translation>
        </message>
        <message>
            <source>an extra value in column {number}</source>
            <translation>an extra value in column {number}</translation>
        </message>
        <message>
            <source>{path}, row {row}: {count} values, but {expected} ({where})</source>
            <translation>{path}, row {row}: {count} values, but {expected} ({where})</translation>
        </message>
        <message>
            <source>{path}: every row has a missing or non-finite value; no samples are left</source>
            <translation>{path}: every row has a missing or non-finite value; no samples are left</translation>
        </message>
        <message>
            <source>{path}: has a header row but no data rows</source>
            <translation>{path}: has a header row but no data rows</translation>
        </message>
        <message>
            <source>{count} samples with {features} features from {file}.</source>
            <translation>{count} samples with {features} features from {file}.</translation>
        </message>
        <message>
            <source>{path}: is not UTF-8 text; save it as “CSV UTF-8” and try again</source>
            <translation>{path}: is not UTF-8 text; save it as “CSV UTF-8” and try again</translation>
        </message>
        <message>
            <source>{path}: the gzip compression is damaged or cut short</source>
            <translation>{path}: the gzip compression is damaged or cut short</translation>
        </message>
        <message>
            <source>{path}: cannot be read as CSV ({error})</source>
            <translation>{path}: cannot be read as CSV ({error})</translation>
        </message>
        <message>
            <source>{path}, row {row}, {column}</source>
            <translation>{path}, row {row}, {column}</translation>
        </message>
        <message>
            <source>{where}: the value is missing; {hint}</source>
            <translation>{where}: the value is missing; {hint}</translation>
        </message>
        <message>
            <source>{where}: {cell} is not a number, and a regression target must be numbers</source>
            <translation>{where}: {cell} is not a number, and a regression target must be numbers</translation>
        </message>
        <message>
            <source>{where}: {cell} is not a number, and features must be numbers; pick numeric columns with 'features', or make it the label column</source>
            <translation>{where}: {cell} is not a number, and features must be numbers; pick numeric columns with 'features', or make it the label column</translation>
        </message>
        <message>
            <source>{where}: {cell} is not a finite 32-bit number; {hint}</source>
            <translation>{where}: {cell} is not a finite 32-bit number; {hint}</translation>
        </message>
        <message>
            <source>a data file must be given by its path, got {value}</source>
            <extracomment>Loading may use at most this fraction of the memory available when it starts.</extracomment>
            <translation>a data file must be given by its path, got {value}</translation>
        </message>
        <message>
            <source>{path}: no such data file (looked for {full})</source>
            <translation>{path}: no such data file (looked for {full})</translation>
        </message>
        <message>
            <source>{count} bytes</source>
            <translation>{count} bytes</translation>
        </message>
        <message>
            <source>{path}: too large to load — reading it needs about {needed} of memory, but only {free} is free; use a smaller file (for example a sample of its rows)</source>
            <translation>{path}: too large to load — reading it needs about {needed} of memory, but only {free} is free; use a smaller file (for example a sample of its rows)</translation>
        </message>
        <message>
            <source>{path}, bytes 0–3: not an IDX file — it starts with {start}, but an IDX file starts with 00 00, a type code (08 for bytes) and a dimension count</source>
            <extracomment>IDX type codes and the big-endian numpy types they name.</extracomment>
            <translation>{path}, bytes 0–3: not an IDX file — it starts with {start}, but an IDX file starts with 00 00, a type code (08 for bytes) and a dimension count</translation>
        </message>
        <message>
            <source>nothing</source>
            <translation>nothing</translation>
        </message>
        <message>
            <source>{path}: the IDX header is cut short (it promises {count} dimensions)</source>
            <translation>{path}: the IDX header is cut short (it promises {count} dimensions)</translation>
        </message>
        <message>
            <source>{path}: cut short — its header promises {shape} values ({size} bytes), but only {count} bytes follow</source>
            <translation>{path}: cut short — its header promises {shape} values ({size} bytes), but only {count} bytes follow</translation>
        </message>
        <message>
            <source>{path}: has bytes after the {shape} values its header describes; is it really IDX?</source>
            <translation>{path}: has bytes after the {shape} values its header describes; is it really IDX?</translation>
        </message>
        <message>
            <source>{path}: holds a {ndim}-dimensional array, not images (n, rows, cols); are the images and labels files swapped?</source>
            <translation>{path}: holds a {ndim}-dimensional array, not images (n, rows, cols); are the images and labels files swapped?</translation>
        </message>
        <message>
            <source>{path}: holds an array of shape {shape}, not one label per image; are the images and labels files swapped?</source>
            <translation>{path}: holds an array of shape {shape}, not one label per image; are the images and labels files swapped?</translation>
        </message>
        <message>
            <source>{images} holds {images_count} images but {labels} holds {labels_count} labels; they must be a matching pair</source>
            <translation>{images} holds {images_count} images but {labels} holds {labels_count} labels; they must be a matching pair</translation>
        </message>
        <message>
            <source>{path}: every image or label has a non-finite value; no samples are left</source>
            <translation>{path}: every image or label has a non-finite value; no samples are left</translation>
        </message>
        <message>
            <source>{count} images of {size} from {file}.</source>
            <translation>{count} images of {size} from {file}.</translation>
        </message>
        <message>
            <source>features</source>
            <extracomment>Memory per byte of stored arrays while loading: the arrays themselves plus float32 copies. The roles of the two arrays, as sentences name them (translated under "data").</extracomment>
            <translation>features</translation>
        </message>
        <message>
            <source>targets</source>
            <translation>targets</translation>
        </message>
        <message>
            <source>{path}: is not a NumPy .npz file (it is not a zip archive)</source>
            <translation>{path}: is not a NumPy .npz file (it is not a zip archive)</translation>
        </message>
        <message>
            <source>{path}: has no array named {name} for the {role}; it holds: {held} (choose the arrays with "x" and "y")</source>
            <translation>{path}: has no array named {name} for the {role}; it holds: {held} (choose the arrays with "x" and "y")</translation>
        </message>
        <message>
            <source>{path}: array {name} cannot be read safely ({error})</source>
            <translation>{path}: array {name} cannot be read safely ({error})</translation>
        </message>
        <message>
            <source>npz array names must be text, got {value}</source>
            <translation>npz array names must be text, got {value}</translation>
        </message>
        <message>
            <source>{path}: array {name} holds {dtype} values of shape {shape}; features must be numbers</source>
            <translation>{path}: array {name} holds {dtype} values of shape {shape}; features must be numbers</translation>
        </message>
        <message>
            <source>{path}: array {name} has no rows</source>
            <translation>{path}: array {name} has no rows</translation>
        </message>
        <message>
            <source>{path}: array {x} has {x_rows} rows but {y} has {y_rows}; there must be one target per sample</source>
            <translation>{path}: array {x} has {x_rows} rows but {y} has {y_rows}; there must be one target per sample</translation>
        </message>
        <message>
            <source>{path}: array {name} has shape {shape}; class labels need one value per sample</source>
            <translation>{path}: array {name} has shape {shape}; class labels need one value per sample</translation>
        </message>
        <message>
            <source>{path}: array {name} holds {dtype} values of shape {shape}; targets must be numbers</source>
            <translation>{path}: array {name} holds {dtype} values of shape {shape}; targets must be numbers</translation>
        </message>
        <message>
            <source>{path}: every row has a non-finite value; no samples are left</source>
            <translation>{path}: every row has a non-finite value; no samples are left</translation>
        </message>
        <message>
            <source>{count} samples of shape {shape} from {file}.</source>
            <translation>{count} samples of shape {shape} from {file}.</translation>
        </message>
        <message>
            <source>array {name}</source>
            <translation>array {name}</translation>
        </message>
        <message>
            <source>fix or remove the row, or load with drop_nonfinite=True to drop such rows</source>
            <translation>fix or remove the row, or load with drop_nonfinite=True to drop such rows</translation>
        </message>
        <message>
            <source>{file}, {column}</source>
            <translation>{file}, {column}</translation>
        </message>
        <message>
            <source>{where}: values of type {dtype} cannot be class labels</source>
            <translation>{where}: values of type {dtype} cannot be class labels</translation>
        </message>
        <message>
            <source>{path}, row {row}</source>
            <translation>{path}, row {row}</translation>
        </message>
        <message>
            <source>{where}: label {label} is not a whole number; class labels are words or whole numbers (for a numeric target to predict, load with task "regression")</source>
            <translation>{where}: label {label} is not a whole number; class labels are words or whole numbers (for a numeric target to predict, load with task "regression")</translation>
        </message>
        <message>
            <source>{where}: every row has the same label {label}; a classifier needs at least two classes</source>
            <translation>{where}: every row has the same label {label}; a classifier needs at least two classes</translation>
        </message>
        <message>
            <source>{where}, row {row}, column {col}: {name}[{index}] is {value}, not a finite 32-bit number; {hint}</source>
            <translation>{where}, row {row}, column {col}: {name}[{index}] is {value}, not a finite 32-bit number; {hint}</translation>
        </message>
        <message>
            <source>Dropped {count} row with missing or non-finite values (row {rows}).</source>
            <translation>Dropped {count} row with missing or non-finite values (row {rows}).</translation>
        </message>
        <message>
            <source>Dropped {count} rows with missing or non-finite values (rows {rows}).</source>
            <translation>Dropped {count} rows with missing or non-finite values (rows {rows}).</translation>
        </message>
        <message>
            <source>noise</source>
            <extracomment>Regression only: at most this fraction of targets may be replaced by outliers. ``make(n, noise, rng, **options) -&gt; (x, y)`` with classes in blocks (``generate`` shuffles). Classes with the default options; 0 for regression. Settings beyond samples/noise/seed that ``make`` takes, with their defaults. The generators' settings as sentences name them (translated under "data").</extracomment>
            <translation>noise</translation>
        </message>
        <message>
            <source>outliers</source>
            <translation>outliers</translation>
        </message>
        <message>
            <source>classes</source>
            <translation>classes</translation>
        </message>
        <message>
            <source>{name}: {setting} must be a whole number in [{low}, {high}], got {value}</source>
            <translation>{name}: {setting} must be a whole number in [{low}, {high}], got {value}</translation>
        </message>
        <message>
            <source>{name}: {setting} must be a number in [{low}, {high}], got {value}</source>
            <translation>{name}: {setting} must be a number in [{low}, {high}], got {value}</translation>
        </message>
        <message>
            <source>{name}: samples must be a whole number ≥ 2, got {value}</source>
            <translation>{name}: samples must be a whole number ≥ 2, got {value}</translation>
        </message>
        <message>
            <source>{name}: {samples} samples cannot cover {classes} classes</source>
            <translation>{name}: {samples} samples cannot cover {classes} classes</translation>
        </message>
        <message>
            <source>batch size must be a whole number ≥ 1, got {value}</source>
            <translation>batch size must be a whole number ≥ 1, got {value}</translation>
        </message>
        <message>
            <source>stratified batches need class labels; use plain shuffled batches for regression</source>
            <translation>stratified batches need class labels; use plain shuffled batches for regression</translation>
        </message>
        <message>
            <source>data set {name} takes only the settings {allowed}; got {unknown}</source>
            <extracomment>Importers by spec name; each takes the spec's other keys (and ``base_dir``) as keyword arguments. "generated" (samples, noise, seed are settings) or "bundled" (a fixed real set). Classes with the default settings; 0 for regression. Samples with the default settings (the whole set for a bundled one). The keys a spec for this set may carry besides ``name`` (and ``inputs`` for 2-D sets).</extracomment>
            <translation>data set {name} takes only the settings {allowed}; got {unknown}</translation>
        </message>
        <message>
            <source>data set {name} needs the settings {missing}</source>
            <translation>data set {name} needs the settings {missing}</translation>
        </message>
        <message>
            <source>data set {name} needs the setting {missing}</source>
            <translation>data set {name} needs the setting {missing}</translation>
        </message>
        <message>
            <source>{flag} must be true or false, got {value}</source>
            <translation>{flag} must be true or false, got {value}</translation>
        </message>
        <message>
            <source>a data set is described by a mapping such as {{'name': 'circle'}}, got {value}</source>
            <translation>a data set is described by a mapping such as {{'name': 'circle'}}, got {value}</translation>
        </message>
        <message>
            <source>the bundled data set {name} takes no settings; got {settings}</source>
            <translation>the bundled data set {name} takes no settings; got {settings}</translation>
        </message>
        <message>
            <source>unknown data set {name}; choose one of: {choices}</source>
            <translation>unknown data set {name}; choose one of: {choices}</translation>
        </message>
        <message>
            <source>scaling {name}: {field} must be a list of numbers, got {value}</source>
            <translation>scaling {name}: {field} must be a list of numbers, got {value}</translation>
        </message>
        <message>
            <source>scaling {name}: {field} must hold finite numbers</source>
            <translation>scaling {name}: {field} must hold finite numbers</translation>
        </message>
        <message>
            <source>scaling was fitted on samples of shape {fitted}, got {shape}</source>
            <translation>scaling was fitted on samples of shape {fitted}, got {shape}</translation>
        </message>
        <message>
            <source>scaling {name} has not been fitted: fit it on the training split first</source>
            <translation>scaling {name} has not been fitted: fit it on the training split first</translation>
        </message>
        <message>
            <source>scaling needs at least one training sample of shape (n, features...), got {shape}</source>
            <translation>scaling needs at least one training sample of shape (n, features...), got {shape}</translation>
        </message>
        <message>
            <source>scaling 'standardize': mean and std must both be given, with the same shape</source>
            <translation>scaling 'standardize': mean and std must both be given, with the same shape</translation>
        </message>
        <message>
            <source>scaling 'minmax': {field} must be a number, got {value}</source>
            <translation>scaling 'minmax': {field} must be a number, got {value}</translation>
        </message>
        <message>
            <source>scaling 'minmax': low must be below high, got [{low}, {high}]</source>
            <translation>scaling 'minmax': low must be below high, got [{low}, {high}]</translation>
        </message>
        <message>
            <source>scaling 'minmax': min and max must both be given, with the same shape</source>
            <translation>scaling 'minmax': min and max must both be given, with the same shape</translation>
        </message>
        <message>
            <source>the {name} fraction must be a number in [0, 1), got {value}</source>
            <extracomment>Per split, samples per class index; empty for regression.</extracomment>
            <translation>the {name} fraction must be a number in [0, 1), got {value}</translation>
        </message>
        <message>
            <source>test={test} and eval={eval} leave no samples to train on ({count} samples in all); lower the fractions</source>
            <translation>test={test} and eval={eval} leave no samples to train on ({count} samples in all); lower the fractions</translation>
        </message>
        <message>
            <source>a stratified split needs class labels; turn stratify off for regression targets</source>
            <translation>a stratified split needs class labels; turn stratify off for regression targets</translation>
        </message>
        <message>
            <source>class {name} has only {count} sample(s): too few to stratify with {asked} (each class needs at least {needed} so that training sees it); add samples, lower the fractions, or turn stratify off</source>
            <translation>class {name} has only {count} sample(s): too few to stratify with {asked} (each class needs at least {needed} so that training sees it); add samples, lower the fractions, or turn stratify off</translation>
        </message>
        <message>
            <source>split settings are test, eval and stratify; got unknown {unknown}</source>
            <translation>split settings are test, eval and stratify; got unknown {unknown}</translation>
        </message>
        <message>
            <source>inputs must be a non-empty list of feature names, got {value}</source>
            <extracomment>key → (label, f(x1, x2))</extracomment>
            <translation>inputs must be a non-empty list of feature names, got {value}</translation>
        </message>
        <message>
            <source>unknown input feature {name}; choose from: {choices}</source>
            <translation>unknown input feature {name}; choose from: {choices}</translation>
        </message>
        <message>
            <source>inputs name a feature twice: {value}</source>
            <translation>inputs name a feature twice: {value}</translation>
        </message>
        <message>
            <source>input features are built from 2-D points (x1, x2); this set has shape {shape}</source>
            <translation>input features are built from 2-D points (x1, x2); this set has shape {shape}</translation>
        </message>
        <message>
            <source>samples reshaped from {old} to {new} to fit the Input</source>
            <extracomment>What was done to the data that the user should know about, in words.</extracomment>
            <translation>samples reshaped from {old} to {new} to fit the Input</translation>
        </message>
        <message>
            <source>{source}: samples have shape {shape} but the network's Input expects {expected}; change the Input's shape to {wanted}</source>
            <translation>{source}: samples have shape {shape} but the network's Input expects {expected}; change the Input's shape to {wanted}</translation>
        </message>
        <message>
            <source>the project has no data set: choose one (e.g. circle) first</source>
            <translation>the project has no data set: choose one (e.g. circle) first</translation>
        </message>
        <message>
            <source>data set {name}</source>
            <translation>data set {name}</translation>
        </message>
        <message>
            <source>the project scales its inputs ({name}) but was never trained, so the scaling has not been fitted yet: train it first</source>
            <translation>the project scales its inputs ({name}) but was never trained, so the scaling has not been fitted yet: train it first</translation>
        </message>
    </context>
    <context>
        <name>engine</name>
        <message>
            <source>Input</source>
            <translation>Input</translation>
        </message>
        <message>
            <source>Where the data enters: one sample's features.</source>
            <translation>Where the data enters: one sample's features.</translation>
        </message>
        <message>
            <source>Size of one sample, e.g. 2 for (x₁, x₂), (8, 8) for an image.</source>
            <translation>Size of one sample, e.g. 2 for (x₁, x₂), (8, 8) for an image.</translation>
        </message>
        <message>
            <source>Dense</source>
            <translation>Dense</translation>
        </message>
        <message>
            <source>Fully connected: every output is a weighted sum of all inputs plus a bias.</source>
            <translation>Fully connected: every output is a weighted sum of all inputs plus a bias.</translation>
        </message>
        <message>
            <source>Number of neurons (outputs).</source>
            <translation>Number of neurons (outputs).</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>Applied to each neuron's weighted sum.</source>
            <translation>Applied to each neuron's weighted sum.</translation>
        </message>
        <message>
            <source>Add a learnable bias b to each neuron.</source>
            <translation>Add a learnable bias b to each neuron.</translation>
        </message>
        <message>
            <source>How the weights W start.</source>
            <translation>How the weights W start.</translation>
        </message>
        <message>
            <source>How the biases b start.</source>
            <translation>How the biases b start.</translation>
        </message>
        <message>
            <source>L1/L2 penalty on W against overfitting.</source>
            <translation>L1/L2 penalty on W against overfitting.</translation>
        </message>
        <message>
            <source>Applies a non-linear function to each value (softmax: to each row).</source>
            <translation>Applies a non-linear function to each value (softmax: to each row).</translation>
        </message>
        <message>
            <source>The function f(x).</source>
            <translation>The function f(x).</translation>
        </message>
        <message>
            <source>Dropout</source>
            <translation>Dropout</translation>
        </message>
        <message>
            <source>While training, zeroes a random fraction of values (against overfitting).</source>
            <translation>While training, zeroes a random fraction of values (against overfitting).</translation>
        </message>
        <message>
            <source>Fraction of values dropped in each training step.</source>
            <translation>Fraction of values dropped in each training step.</translation>
        </message>
        <message>
            <source>Flatten</source>
            <translation>Flatten</translation>
        </message>
        <message>
            <source>Reshapes each sample into one flat vector, e.g. an 8×8 image into 64 values.</source>
            <translation>Reshapes each sample into one flat vector, e.g. an 8×8 image into 64 values.</translation>
        </message>
        <message>
            <source>Batch normalization</source>
            <translation>Batch normalization</translation>
        </message>
        <message>
            <source>Rescales each feature to mean 0 and variance 1 over the batch, then learns γ, β.</source>
            <translation>Rescales each feature to mean 0 and variance 1 over the batch, then learns γ, β.</translation>
        </message>
        <message>
            <source>How slowly the moving mean/variance for inference follow the batches.</source>
            <translation>How slowly the moving mean/variance for inference follow the batches.</translation>
        </message>
        <message>
            <source>Added to the variance so it is never divided by zero.</source>
            <translation>Added to the variance so it is never divided by zero.</translation>
        </message>
        <message>
            <source>Learn a shift β.</source>
            <translation>Learn a shift β.</translation>
        </message>
        <message>
            <source>Learn a scale γ.</source>
            <translation>Learn a scale γ.</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Add</translation>
        </message>
        <message>
            <source>Adds its inputs element by element (a skip connection); shapes must match.</source>
            <translation>Adds its inputs element by element (a skip connection); shapes must match.</translation>
        </message>
        <message>
            <source>Concatenate</source>
            <translation>Concatenate</translation>
        </message>
        <message>
            <source>Joins its inputs side by side along the last axis.</source>
            <translation>Joins its inputs side by side along the last axis.</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>The network's prediction, compared with the labels by the loss.</source>
            <translation>The network's prediction, compared with the labels by the loss.</translation>
        </message>
        <message>
            <source>How far a prediction is from its label.</source>
            <translation>How far a prediction is from its label.</translation>
        </message>
        <message>
            <source>SGD</source>
            <translation>SGD</translation>
        </message>
        <message>
            <source>SGD + momentum</source>
            <translation>SGD + momentum</translation>
        </message>
        <message>
            <source>Nesterov momentum</source>
            <translation>Nesterov momentum</translation>
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
            <translation>Constant</translation>
        </message>
        <message>
            <source>Step decay</source>
            <translation>Step decay</translation>
        </message>
        <message>
            <source>Exponential decay</source>
            <translation>Exponential decay</translation>
        </message>
        <message>
            <source>Cosine decay</source>
            <translation>Cosine decay</translation>
        </message>
        <message>
            <source>Linear warm-up</source>
            <translation>Linear warm-up</translation>
        </message>
        <message>
            <source>Linear</source>
            <translation>Linear</translation>
        </message>
        <message>
            <source>Sigmoid</source>
            <translation>Sigmoid</translation>
        </message>
        <message>
            <source>Hard sigmoid</source>
            <translation>Hard sigmoid</translation>
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
            <translation>Mean squared error (L2)</translation>
        </message>
        <message>
            <source>Mean absolute error (L1)</source>
            <translation>Mean absolute error (L1)</translation>
        </message>
        <message>
            <source>Huber</source>
            <translation>Huber</translation>
        </message>
        <message>
            <source>Binary cross-entropy</source>
            <translation>Binary cross-entropy</translation>
        </message>
        <message>
            <source>Categorical cross-entropy</source>
            <translation>Categorical cross-entropy</translation>
        </message>
        <message>
            <source>Sparse categorical cross-entropy</source>
            <translation>Sparse categorical cross-entropy</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Accuracy</translation>
        </message>
        <message>
            <source>Precision (macro)</source>
            <translation>Precision (macro)</translation>
        </message>
        <message>
            <source>Recall (macro)</source>
            <translation>Recall (macro)</translation>
        </message>
        <message>
            <source>F1 (macro)</source>
            <translation>F1 (macro)</translation>
        </message>
        <message>
            <source>Mean absolute error</source>
            <translation>Mean absolute error</translation>
        </message>
        <message>
            <source>Root mean squared error</source>
            <translation>Root mean squared error</translation>
        </message>
        <message>
            <source>R²</source>
            <translation>R²</translation>
        </message>
        <message>
            <source>Zeros</source>
            <translation>Zeros</translation>
        </message>
        <message>
            <source>Ones</source>
            <translation>Ones</translation>
        </message>
        <message>
            <source>Normal</source>
            <translation>Normal</translation>
        </message>
        <message>
            <source>Uniform</source>
            <translation>Uniform</translation>
        </message>
        <message>
            <source>Glorot / Xavier uniform</source>
            <translation>Glorot / Xavier uniform</translation>
        </message>
        <message>
            <source>Glorot / Xavier normal</source>
            <translation>Glorot / Xavier normal</translation>
        </message>
        <message>
            <source>He uniform</source>
            <translation>He uniform</translation>
        </message>
        <message>
            <source>He normal</source>
            <translation>He normal</translation>
        </message>
        <message>
            <source>Circle</source>
            <translation>Circle</translation>
        </message>
        <message>
            <source>A disc inside a ring.</source>
            <translation>A disc inside a ring.</translation>
        </message>
        <message>
            <source>XOR</source>
            <translation>XOR</translation>
        </message>
        <message>
            <source>Opposite quadrants share a class.</source>
            <translation>Opposite quadrants share a class.</translation>
        </message>
        <message>
            <source>Two Gaussians</source>
            <translation>Two Gaussians</translation>
        </message>
        <message>
            <source>Two round clouds, linearly separable.</source>
            <translation>Two round clouds, linearly separable.</translation>
        </message>
        <message>
            <source>Spiral</source>
            <translation>Spiral</translation>
        </message>
        <message>
            <source>Interleaved spiral arms, one per class.</source>
            <translation>Interleaved spiral arms, one per class.</translation>
        </message>
        <message>
            <source>Moons</source>
            <translation>Moons</translation>
        </message>
        <message>
            <source>Two interlocking half circles.</source>
            <translation>Two interlocking half circles.</translation>
        </message>
        <message>
            <source>Gaussian blobs</source>
            <translation>Gaussian blobs</translation>
        </message>
        <message>
            <source>Round clouds on a circle, one per class.</source>
            <translation>Round clouds on a circle, one per class.</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Line</translation>
        </message>
        <message>
            <source>y = 2x + 1 on [−2, 2]: two unknowns, one loss surface.</source>
            <translation>y = 2x + 1 on [−2, 2]: two unknowns, one loss surface.</translation>
        </message>
        <message>
            <source>Sine</source>
            <translation>Sine</translation>
        </message>
        <message>
            <source>One period of sin x on [−π, π].</source>
            <translation>One period of sin x on [−π, π].</translation>
        </message>
        <message>
            <source>Piecewise linear</source>
            <translation>Piecewise linear</translation>
        </message>
        <message>
            <source>Straight pieces joined at three kinks: a sum of ReLUs fits it exactly.</source>
            <translation>Straight pieces joined at three kinks: a sum of ReLUs fits it exactly.</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Step</translation>
        </message>
        <message>
            <source>0 left of zero, 1 right of it: the hard sigmoid.</source>
            <translation>0 left of zero, 1 right of it: the hard sigmoid.</translation>
        </message>
        <message>
            <source>Polynomial</source>
            <translation>Polynomial</translation>
        </message>
        <message>
            <source>The cubic x³/2 − x on [−2, 2].</source>
            <translation>The cubic x³/2 − x on [−2, 2].</translation>
        </message>
        <message>
            <source>Plane</source>
            <translation>Plane</translation>
        </message>
        <message>
            <source>y = 0.8·x1 − 0.4·x2 + 0.2 on [−2, 2]²: what one linear unit fits.</source>
            <translation>y = 0.8·x1 − 0.4·x2 + 0.2 on [−2, 2]²: what one linear unit fits.</translation>
        </message>
        <message>
            <source>Multi-Gaussian surface</source>
            <translation>Multi-Gaussian surface</translation>
        </message>
        <message>
            <source>Two hills and two hollows on [−2, 2]²: needs hidden units.</source>
            <translation>Two hills and two hollows on [−2, 2]²: needs hidden units.</translation>
        </message>
        <message>
            <source>Handwritten digits (8×8)</source>
            <translation>Handwritten digits (8×8)</translation>
        </message>
        <message>
            <source>1 797 handwritten digits 0–9 as 8×8 images of ink counts 0–16 (UCI optdigits test set).</source>
            <translation>1 797 handwritten digits 0–9 as 8×8 images of ink counts 0–16 (UCI optdigits test set).</translation>
        </message>
        <message>
            <source>Iris flowers</source>
            <translation>Iris flowers</translation>
        </message>
        <message>
            <source>150 irises of 3 species, measured by 4 lengths in cm (Fisher, 1936).</source>
            <translation>150 irises of 3 species, measured by 4 lengths in cm (Fisher, 1936).</translation>
        </message>
    </context>
    <context>
        <name>export</name>
        <message>
            <source>ONNX model</source>
            <extracomment>For menus and file dialogs. The main file's suffix; the code formats write a ``.npz`` of weights beside it.</extracomment>
            <translation>ONNX model</translation>
        </message>
        <message>
            <source>PyTorch code + weights</source>
            <translation>PyTorch code + weights</translation>
        </message>
        <message>
            <source>Keras 3 code + weights</source>
            <translation>Keras 3 code + weights</translation>
        </message>
        <message>
            <source>unknown export format {name}; choose one of: {formats}</source>
            <extracomment>Packages the generated code imports: a file named like one would hide it from that code.</extracomment>
            <translation>unknown export format {name}; choose one of: {formats}</translation>
        </message>
        <message>
            <source>{path}: a {format} export is written to a {suffix} file</source>
            <translation>{path}: a {format} export is written to a {suffix} file</translation>
        </message>
        <message>
            <source>{path}: a file called {name} would hide the {package} package that the exported code imports; choose another name</source>
            <translation>{path}: a file called {name} would hide the {package} package that the exported code imports; choose another name</translation>
        </message>
        <message>
            <source>{path}: cannot write the file ({error})</source>
            <translation>{path}: cannot write the file ({error})</translation>
        </message>
        <message>
            <source>the Keras export has no counterpart for the activation {activation}</source>
            <extracomment>Keras' names for the activations it has without a parameter (None: no activation). Activations with a parameter, as layers; ``{alpha}`` is LayerLab's α.</extracomment>
            <translation>the Keras export has no counterpart for the activation {activation}</translation>
        </message>
        <message>
            <source>the Keras export has no translation for the layer type {layer}</source>
            <translation>the Keras export has no translation for the layer type {layer}</translation>
        </message>
        <message>
            <source>the ONNX export has no operator for the activation {activation}</source>
            <extracomment>The IR version that goes with opset 17, so runtimes from 2022 on can read the file. Keys of the model's metadata that ``layerlab predict`` and ``serve`` read back.</extracomment>
            <translation>the ONNX export has no operator for the activation {activation}</translation>
        </message>
        <message>
            <source>the ONNX export has no translation for the layer type {layer}</source>
            <translation>the ONNX export has no translation for the layer type {layer}</translation>
        </message>
        <message>
            <source>the project has no trained weights yet: train it before exporting</source>
            <extracomment>Identifiers of the layers feeding this one, in the graph's edge order (Concatenate's order). What a Dense or Activation layer applies (None for other layers). float32 arrays under LayerLab's (= Keras') names: kernel, bias, gamma, beta, moving_*. Only the layers the Output depends on, in execution order: every one of them depends on the single Input, so it comes first, and the Output depends on them all, so it comes last. What each output column stands for, when the project was trained on named classes. Hands out further identifiers (e.g. a Keras activation layer split off a Dense).</extracomment>
            <translation>the project has no trained weights yet: train it before exporting</translation>
        </message>
        <message>
            <source>the input scaling was fitted on samples of shape {fitted}, but the Input now takes {shape}: train the project again before exporting</source>
            <translation>the input scaling was fitted on samples of shape {fitted}, but the Input now takes {shape}: train the project again before exporting</translation>
        </message>
        <message>
            <source>the PyTorch export has no counterpart for the activation {activation}</source>
            <extracomment>torch.nn.functional / torch calls for each activation; ``{x}`` is the input, ``{alpha}`` α.</extracomment>
            <translation>the PyTorch export has no counterpart for the activation {activation}</translation>
        </message>
        <message>
            <source>the PyTorch export has no translation for the layer type {layer}</source>
            <translation>the PyTorch export has no translation for the layer type {layer}</translation>
        </message>
    </context>
    <context>
        <name>fields</name>
        <message>
            <source>Shape</source>
            <translation>Shape</translation>
        </message>
        <message>
            <source>Units</source>
            <translation>Units</translation>
        </message>
        <message>
            <source>Activation</source>
            <translation>Activation</translation>
        </message>
        <message>
            <source>Use bias</source>
            <translation>Use bias</translation>
        </message>
        <message>
            <source>Kernel initializer</source>
            <translation>Kernel initializer</translation>
        </message>
        <message>
            <source>Bias initializer</source>
            <translation>Bias initializer</translation>
        </message>
        <message>
            <source>Kernel regularizer</source>
            <translation>Kernel regularizer</translation>
        </message>
        <message>
            <source>Rate</source>
            <translation>Rate</translation>
        </message>
        <message>
            <source>Learning rate</source>
            <extracomment>Setting names of optimizers, schedules, initializers, regularizers and losses, as the GUI titles them (context "fields", where gui.field_editors.humanize looks; layer settings are generated into gui/engine_texts.py): marked here so :func:`setting_word` can be translated.</extracomment>
            <translation>Learning rate</translation>
        </message>
        <message>
            <source>Initial learning rate</source>
            <translation>Initial learning rate</translation>
        </message>
        <message>
            <source>Momentum</source>
            <translation>Momentum</translation>
        </message>
        <message>
            <source>Nesterov</source>
            <translation>Nesterov</translation>
        </message>
        <message>
            <source>Rho</source>
            <translation>Rho</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
        </message>
        <message>
            <source>Initial accumulator value</source>
            <translation>Initial accumulator value</translation>
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
            <translation>Weight decay</translation>
        </message>
        <message>
            <source>Clipnorm</source>
            <translation>Clipnorm</translation>
        </message>
        <message>
            <source>Clipvalue</source>
            <translation>Clipvalue</translation>
        </message>
        <message>
            <source>Global clipnorm</source>
            <translation>Global clipnorm</translation>
        </message>
        <message>
            <source>Step size</source>
            <translation>Step size</translation>
        </message>
        <message>
            <source>Gamma</source>
            <translation>Gamma</translation>
        </message>
        <message>
            <source>Decay steps</source>
            <translation>Decay steps</translation>
        </message>
        <message>
            <source>Decay rate</source>
            <translation>Decay rate</translation>
        </message>
        <message>
            <source>Alpha</source>
            <translation>Alpha</translation>
        </message>
        <message>
            <source>Warmup steps</source>
            <translation>Warmup steps</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Value</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mean</translation>
        </message>
        <message>
            <source>Stddev</source>
            <translation>Stddev</translation>
        </message>
        <message>
            <source>Minval</source>
            <translation>Minval</translation>
        </message>
        <message>
            <source>Maxval</source>
            <translation>Maxval</translation>
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
            <translation>From logits</translation>
        </message>
        <message>
            <source>Center</source>
            <translation>Center</translation>
        </message>
        <message>
            <source>Scale</source>
            <translation>Scale</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
    </context>
    <context>
        <name>landscape</name>
        <message>
            <source>minimum</source>
            <extracomment>Relative finite-difference step: about the cube root of float64's precision, where the truncation error (∝ h²) and the rounding error (∝ ε/h) of a central difference balance. The kinds of point :func:`classify` tells apart, as words in a sentence ("this point is a minimum"): marked here so a GUI can translate them (see :func:`kind_word`).</extracomment>
            <translation>minimum</translation>
        </message>
        <message>
            <source>maximum</source>
            <translation>maximum</translation>
        </message>
        <message>
            <source>saddle</source>
            <translation>saddle</translation>
        </message>
        <message>
            <source>flat</source>
            <translation>flat</translation>
        </message>
        <message>
            <source>there are no parameters to take the curvature of</source>
            <extracomment>Eigenvalues within ± this are treated as zero (flat directions).</extracomment>
            <translation>there are no parameters to take the curvature of</translation>
        </message>
        <message>
            <source>the Hessian's extreme eigenvalues did not converge; try a smaller network or subsample</source>
            <extracomment>Lanczos iterations allowed for each end of the spectrum (each costs two gradient passes).</extracomment>
            <translation>the Hessian's extreme eigenvalues did not converge; try a smaller network or subsample</translation>
        </message>
        <message>
            <source>this point is a {kind}: no direction of negative curvature to escape along</source>
            <translation>this point is a {kind}: no direction of negative curvature to escape along</translation>
        </message>
        <message>
            <source>choose a loss first: call compile(loss=...) or set it on the Output</source>
            <extracomment>Numbers in the widest layer's activations per batch of cells (4 MB of float32): large enough that numpy's per-call cost vanishes, small enough to stay near the core's cache. The layers the batched path knows; anything else goes cell by cell through a backend.</extracomment>
            <translation>choose a loss first: call compile(loss=...) or set it on the Output</translation>
        </message>
        <message>
            <source>step must be a positive number, got {value}</source>
            <translation>step must be a positive number, got {value}</translation>
        </message>
        <message>
            <source>method must be 'auto', 'batched' or 'backend', got {value}</source>
            <translation>method must be 'auto', 'batched' or 'backend', got {value}</translation>
        </message>
        <message>
            <source>{samples} samples but {labels} labels: they must pair up one to one</source>
            <translation>{samples} samples but {labels} labels: they must pair up one to one</translation>
        </message>
        <message>
            <source>cells cannot be evaluated in batches: no batched {layer} layer</source>
            <translation>cells cannot be evaluated in batches: no batched {layer} layer</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</source>
            <translation>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</translation>
        </message>
        <message>
            <source>PC {number}</source>
            <translation>PC {number}</translation>
        </message>
        <message>
            <source>subsample must be a number of samples ≥ 1, got {value}</source>
            <translation>subsample must be a number of samples ≥ 1, got {value}</translation>
        </message>
        <message>
            <source>subsample must be a number of samples or a list of sample indices</source>
            <translation>subsample must be a number of samples or a list of sample indices</translation>
        </message>
        <message>
            <source>subsample indices must lie in 0 … {last}</source>
            <translation>subsample indices must lie in 0 … {last}</translation>
        </message>
        <message>
            <source>resolution must be a whole number ≥ 2, got {value}</source>
            <translation>resolution must be a whole number ≥ 2, got {value}</translation>
        </message>
        <message>
            <source>span must be a positive number, got {value}</source>
            <translation>span must be a positive number, got {value}</translation>
        </message>
        <message>
            <source>the network has no weights to vary (every kernel is zero or absent)</source>
            <translation>the network has no weights to vary (every kernel is zero or absent)</translation>
        </message>
        <message>
            <source>a trajectory needs at least two snapshots of the weights</source>
            <translation>a trajectory needs at least two snapshots of the weights</translation>
        </message>
        <message>
            <source>a plane needs at least two trainable weights</source>
            <translation>a plane needs at least two trainable weights</translation>
        </message>
        <message>
            <source>the weights never moved: there is no path to show</source>
            <translation>the weights never moved: there is no path to show</translation>
        </message>
        <message>
            <source>there is no layer named {name}</source>
            <translation>there is no layer named {name}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>none</translation>
        </message>
        <message>
            <source>{layer} has no {array} array (its arrays: {listed})</source>
            <translation>{layer} has no {array} array (its arrays: {listed})</translation>
        </message>
        <message>
            <source>{layer}.{array} is not trained, so it has no loss surface</source>
            <translation>{layer}.{array} is not trained, so it has no loss surface</translation>
        </message>
        <message>
            <source>{layer}.{array} has shape {shape}; index {index} is outside it</source>
            <translation>{layer}.{array} has shape {shape}; index {index} is outside it</translation>
        </message>
        <message>
            <source>choose two different weights for the two axes</source>
            <translation>choose two different weights for the two axes</translation>
        </message>
        <message>
            <source>a range must run from a smaller to a larger number, got {given}</source>
            <translation>a range must run from a smaller to a larger number, got {given}</translation>
        </message>
        <message>
            <source>capacity must be a whole number ≥ 2, got {value}</source>
            <translation>capacity must be a whole number ≥ 2, got {value}</translation>
        </message>
        <message>
            <source>budget must be a fraction between 0 and 1, got {value}</source>
            <translation>budget must be a fraction between 0 and 1, got {value}</translation>
        </message>
        <message>
            <source>the grid needs at least one point along each axis, got {shape}</source>
            <extracomment>Units a layer may have for its maps to be drawn (a card shows at most this many).</extracomment>
            <translation>the grid needs at least one point along each axis, got {shape}</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the grid has points of shape {shape}</source>
            <translation>the Input expects samples of shape {expected}, but the grid has points of shape {shape}</translation>
        </message>
        <message>
            <source>a {nx}×{ny} grid has {points} points, but {given} were given</source>
            <translation>a {nx}×{ny} grid has {points} points, but {given} were given</translation>
        </message>
        <message>
            <source>there is no layer with id {node} in this network</source>
            <translation>there is no layer with id {node} in this network</translation>
        </message>
        <message>
            <source>a histogram needs at least one bin, got {bins}</source>
            <extracomment>Kernel values that are NaN or infinite (left out of the counts).</extracomment>
            <translation>a histogram needs at least one bin, got {bins}</translation>
        </message>
        <message>
            <source>values must have shape (len(alphas), len(betas)) with at least 2 of each, got {shape} for {alphas} α and {betas} β</source>
            <translation>values must have shape (len(alphas), len(betas)) with at least 2 of each, got {shape} for {alphas} α and {betas} β</translation>
        </message>
        <message>
            <source>Rosenbrock (banana)</source>
            <extracomment>((x_min, x_max), (y_min, y_max)): the region worth plotting. A step size per optimizer that shows it at its typical best on this surface. Loss below which a run counts as arrived (for counting steps in a race). The valley's curvature across (y) is this many times its curvature along (x). The test functions' names and descriptions, marked for translation (shown through :func:`_text`).</extracomment>
            <translation>Rosenbrock (banana)</translation>
        </message>
        <message>
            <source>A long curved valley with its minimum at (1, 1): easy to find, slow to follow.</source>
            <translation>A long curved valley with its minimum at (1, 1): easy to find, slow to follow.</translation>
        </message>
        <message>
            <source>Saddle x² − y²</source>
            <translation>Saddle x² − y²</translation>
        </message>
        <message>
            <source>Downhill along y, uphill along x: the gradient vanishes at (0, 0), which is no minimum.</source>
            <translation>Downhill along y, uphill along x: the gradient vanishes at (0, 0), which is no minimum.</translation>
        </message>
        <message>
            <source>Beale</source>
            <translation>Beale</translation>
        </message>
        <message>
            <source>Flat plateaus and steep walls; the minimum is at (3, 0.5).</source>
            <translation>Flat plateaus and steep walls; the minimum is at (3, 0.5).</translation>
        </message>
        <message>
            <source>Narrow valley</source>
            <translation>Narrow valley</translation>
        </message>
        <message>
            <source>A quadratic bowl {ratio}× steeper across than along: plain SGD zig-zags.</source>
            <translation>A quadratic bowl {ratio}× steeper across than along: plain SGD zig-zags.</translation>
        </message>
        <message>
            <source>diverged</source>
            <extracomment>Why the run ended before its steps were used up: "diverged" (f or the point is no longer a finite number) or "left the region" (far outside the plotted bounds); None otherwise. Why a race's run ended early (:attr:`RacePath.stopped`): compare with ``==``, show as a sentence.</extracomment>
            <translation>diverged</translation>
        </message>
        <message>
            <source>left the region</source>
            <translation>left the region</translation>
        </message>
        <message>
            <source>steps must be a whole number ≥ 1, got {value}</source>
            <extracomment>The optimizers a race runs by default, in the order a lecture introduces them.</extracomment>
            <translation>steps must be a whole number ≥ 1, got {value}</translation>
        </message>
        <message>
            <source>start must be a point (x, y) of two finite numbers, got {value}</source>
            <translation>start must be a point (x, y) of two finite numbers, got {value}</translation>
        </message>
    </context>
    <context>
        <name>lessons</name>
        <message>
            <source>training {label!r} failed: {error}</source>
            <extracomment>Lessons train on the readable reference backend: no JIT compile time, same math. About this many weight snapshots per run when the lesson does not set a cadence. Samples a comparison surface averages the loss over (the first of the training split). Cells per side when a layer (e.g. Dropout) has no batched surface kernel and every cell is a separate loss evaluation: a coarser grid keeps the picture to seconds. States a run does not leave on its own.</extracomment>
            <translation>training {label!r} failed: {error}</translation>
        </message>
        <message>
            <source>a comparison needs at least one variant</source>
            <extracomment>The settings this run changes, as the lesson file names them. Training loss of every step so far, as chunks (see :attr:`step_losses`). Keras-style per-epoch logs (``loss``, ``val_loss``, ``accuracy`` …) and their steps. The trainer's explanation when the run diverged (what the app shows), else None. Time spent training, summed over finished epochs.</extracomment>
            <translation>a comparison needs at least one variant</translation>
        </message>
        <message>
            <source>epochs must be a whole number ≥ 1, got {epochs!r}</source>
            <translation>epochs must be a whole number ≥ 1, got {epochs!r}</translation>
        </message>
        <message>
            <source>{label}: the project has no optimizer in its training settings</source>
            <extracomment>True when the variants change only how they train: one loss function for all.</extracomment>
            <translation>{label}: the project has no optimizer in its training settings</translation>
        </message>
        <message>
            <source>the variants' networks have different numbers of weights, so no plane holds all their paths</source>
            <extracomment>The epoch (fractional: step / steps per epoch) at each point of each path, for replaying the runs side by side in time. True when the axes are the network's only two weights (the surface is the whole loss); else the plane is the runs' first two principal components and ``explained`` is the share of their movement it holds.</extracomment>
            <translation>the variants' networks have different numbers of weights, so no plane holds all their paths</translation>
        </message>
        <message>
            <source>a plane needs at least two trainable weights</source>
            <translation>a plane needs at least two trainable weights</translation>
        </message>
        <message>
            <source>the weights never moved: there is no path to show</source>
            <translation>the weights never moved: there is no path to show</translation>
        </message>
        <message>
            <source>PC {number}</source>
            <translation>PC {number}</translation>
        </message>
        <message>
            <source>every run blew up at once: there is no finite path to show</source>
            <translation>every run blew up at once: there is no finite path to show</translation>
        </message>
        <message>
            <source>fitted curves need data with one input and one target per sample</source>
            <translation>fitted curves need data with one input and one target per sample</translation>
        </message>
        <message>
            <source>decision boundaries need two inputs and one class label per sample</source>
            <extracomment>"probability" or "class".</extracomment>
            <translation>decision boundaries need two inputs and one class label per sample</translation>
        </message>
        <message>
            <source>{where} must be an object with the languages {languages}</source>
            <extracomment>Languages every text must exist in: the app's and the lecture notes' (Simplified Chinese). The plots a step can point the learner at (the GUI brings that plot to the front).</extracomment>
            <translation>{where} must be an object with the languages {languages}</translation>
        </message>
        <message>
            <source>{where}.{lang} is missing or empty</source>
            <translation>{where}.{lang} is missing or empty</translation>
        </message>
        <message>
            <source>{where} must be an object, got {type}</source>
            <translation>{where} must be an object, got {type}</translation>
        </message>
        <message>
            <source>{where}.example names no file in resources/examples: {name!r}</source>
            <translation>{where}.example names no file in resources/examples: {name!r}</translation>
        </message>
        <message>
            <source>{where} needs an 'example' file name or a non-empty 'network' list</source>
            <translation>{where} needs an 'example' file name or a non-empty 'network' list</translation>
        </message>
        <message>
            <source>{where}.action must have exactly one of {actions}, got {got}</source>
            <translation>{where}.action must have exactly one of {actions}, got {got}</translation>
        </message>
        <message>
            <source>{where}.look_at must be one of {plots}, got {look_at!r}</source>
            <translation>{where}.look_at must be one of {plots}, got {look_at!r}</translation>
        </message>
        <message>
            <source>{where}.{label} names no variant of the comparison</source>
            <translation>{where}.{label} names no variant of the comparison</translation>
        </message>
        <message>
            <source>{path}: lesson files are named NN_slug.json, e.g. 02_learning-rate.json</source>
            <translation>{path}: lesson files are named NN_slug.json, e.g. 02_learning-rate.json</translation>
        </message>
        <message>
            <source>{path}: cannot read the lesson: {error}</source>
            <translation>{path}: cannot read the lesson: {error}</translation>
        </message>
        <message>
            <source>id/slug must match the file name ({id!r}, {slug!r})</source>
            <translation>id/slug must match the file name ({id!r}, {slug!r})</translation>
        </message>
        <message>
            <source>steps must be a non-empty list</source>
            <translation>steps must be a non-empty list</translation>
        </message>
        <message>
            <source>check.kind must be one of {kinds}, got {kind!r}</source>
            <translation>check.kind must be one of {kinds}, got {kind!r}</translation>
        </message>
        <message>
            <source>check.{setting} is not a setting of {kind} (it takes: {known})</source>
            <translation>check.{setting} is not a setting of {kind} (it takes: {known})</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <extracomment>How often, and how many times, a train step checks whether the worker is ready for Train. Actions whose results the comparison plot shows.</extracomment>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>no lesson with id {ids} in {directory}</source>
            <translation>no lesson with id {ids} in {directory}</translation>
        </message>
        <message>
            <source>preset.network[{index}] needs a 'type' (input, dense, …)</source>
            <extracomment>Training loss of every step, in order. Keras-style per-epoch logs: ``loss``, ``accuracy``, ``val_loss``, …. The trainer's explanation when the run diverged (what the app shows), else None. (step, parameters) snapshots, when the step asked for them. The sample order each epoch trained in, as the trainer reported it (train steps only). Optimizer races on a 2-D test function: label → (function name, one path per optimizer). The Hessian's verdict at chosen points of a test function: label → Curvature.</extracomment>
            <translation>preset.network[{index}] needs a 'type' (input, dense, …)</translation>
        </message>
        <message>
            <source>{path}: the network has no layer named {name!r} (it has: {names})</source>
            <translation>{path}: the network has no layer named {name!r} (it has: {names})</translation>
        </message>
        <message>
            <source>{path}: settings are training.…, dataset.…, split.…, seed, scaling, dtype or layers.&lt;name&gt;.&lt;key&gt;</source>
            <translation>{path}: settings are training.…, dataset.…, split.…, seed, scaling, dtype or layers.&lt;name&gt;.&lt;key&gt;</translation>
        </message>
        <message>
            <source>the lesson's project has no optimizer in its training settings</source>
            <translation>the lesson's project has no optimizer in its training settings</translation>
        </message>
        <message>
            <source>{path}: preset: {problem}</source>
            <translation>{path}: preset: {problem}</translation>
        </message>
        <message>
            <source>{path}: steps[{index}].action: {problem}</source>
            <translation>{path}: steps[{index}].action: {problem}</translation>
        </message>
        <message>
            <source>{path}: steps[{index}].action needs the setting {setting}</source>
            <translation>{path}: steps[{index}].action needs the setting {setting}</translation>
        </message>
        <message>
            <source>{path}: check: no step made {what}</source>
            <translation>{path}: check: no step made {what}</translation>
        </message>
    </context>
    <context>
        <name>model</name>
        <message>
            <source>unknown backend {name}; choose one of: {choices}</source>
            <translation>unknown backend {name}; choose one of: {choices}</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</source>
            <translation>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</translation>
        </message>
        <message>
            <source>blas_threads must be a whole number ≥ 1 (or None), got {value}</source>
            <translation>blas_threads must be a whole number ≥ 1 (or None), got {value}</translation>
        </message>
        <message>
            <source>dtype must be float32 or float64, got {dtype}</source>
            <extracomment>Set when training stopped because the loss became NaN or infinite.</extracomment>
            <translation>dtype must be float32 or float64, got {dtype}</translation>
        </message>
        <message>
            <source>the network has no Output layer</source>
            <extracomment>True while every weight is as initialized from ``seed`` (nothing trained or loaded), so a seed given to ``fit`` may still redraw them.</extracomment>
            <translation>the network has no Output layer</translation>
        </message>
        <message>
            <source>compile needs a loss, e.g. loss="mse"</source>
            <translation>compile needs a loss, e.g. loss="mse"</translation>
        </message>
        <message>
            <source>the model has {count} weight arrays, but {given} were given</source>
            <translation>the model has {count} weight arrays, but {given} were given</translation>
        </message>
        <message>
            <source>{node}.{name} has shape {expected}, but the given array has {shape}</source>
            <translation>{node}.{name} has shape {expected}, but the given array has {shape}</translation>
        </message>
        <message>
            <source>choose a loss first: call compile(loss=...) or set it on the Output</source>
            <translation>choose a loss first: call compile(loss=...) or set it on the Output</translation>
        </message>
        <message>
            <source>call compile(optimizer=..., loss=...) before fit</source>
            <translation>call compile(optimizer=..., loss=...) before fit</translation>
        </message>
        <message>
            <source>epochs must be a whole number ≥ 0, got {value}</source>
            <translation>epochs must be a whole number ≥ 0, got {value}</translation>
        </message>
        <message>
            <source>validation_split must be in (0, 1), got {value}</source>
            <translation>validation_split must be in (0, 1), got {value}</translation>
        </message>
        <message>
            <source>validation_split leaves no samples to train on</source>
            <translation>validation_split leaves no samples to train on</translation>
        </message>
        <message>
            <source>{samples} samples but {labels} labels: they must pair up one to one</source>
            <translation>{samples} samples but {labels} labels: they must pair up one to one</translation>
        </message>
        <message>
            <source>there are no samples</source>
            <translation>there are no samples</translation>
        </message>
        <message>
            <source>Sequential takes layers such as layers.Dense(8), got {value}</source>
            <translation>Sequential takes layers such as layers.Dense(8), got {value}</translation>
        </message>
        <message>
            <source>a Sequential model starts with an Input, e.g. layers.Input(2)</source>
            <translation>a Sequential model starts with an Input, e.g. layers.Input(2)</translation>
        </message>
        <message>
            <source>a Sequential model has one Input, at the start</source>
            <translation>a Sequential model has one Input, at the start</translation>
        </message>
    </context>
    <context>
        <name>problems</name>
        <message>
            <source>there is no node {node!r} in the graph</source>
            <extracomment>Usually an :class:`~engine.messages.Message`: the English sentence, translatable by a GUI.</extracomment>
            <translation>there is no node {node!r} in the graph</translation>
        </message>
        <message>
            <source>both ends must be layers in the graph</source>
            <translation>both ends must be layers in the graph</translation>
        </message>
        <message>
            <source>a layer cannot feed itself</source>
            <translation>a layer cannot feed itself</translation>
        </message>
        <message>
            <source>{name} is an Input: data enters there, nothing can flow into it</source>
            <translation>{name} is an Input: data enters there, nothing can flow into it</translation>
        </message>
        <message>
            <source>{name} is the Output: nothing comes after it</source>
            <translation>{name} is the Output: nothing comes after it</translation>
        </message>
        <message>
            <source>{name} already has its input; to combine two layers, use an Add or Concatenate layer</source>
            <translation>{name} already has its input; to combine two layers, use an Add or Concatenate layer</translation>
        </message>
        <message>
            <source>connecting {source} → {target} would make a loop</source>
            <translation>connecting {source} → {target} would make a loop</translation>
        </message>
        <message>
            <source>{name}: {reason}</source>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <source>{name} is part of a loop; data must flow one way, from the Input to the Output</source>
            <translation>{name} is part of a loop; data must flow one way, from the Input to the Output</translation>
        </message>
        <message>
            <source>{name}: its input {shape} is already flat, so Flatten changes nothing</source>
            <translation>{name}: its input {shape} is already flat, so Flatten changes nothing</translation>
        </message>
        <message>
            <source>The network has no Input layer: add one so data can enter.</source>
            <translation>The network has no Input layer: add one so data can enter.</translation>
        </message>
        <message>
            <source>{name}: a data set feeds exactly one Input, and this is a second one; delete it or join the branches after one Input</source>
            <translation>{name}: a data set feeds exactly one Input, and this is a second one; delete it or join the branches after one Input</translation>
        </message>
        <message>
            <source>{name} gets no data: no path leads to it from an Input</source>
            <translation>{name} gets no data: no path leads to it from an Input</translation>
        </message>
        <message>
            <source>{name} leads nowhere: no path goes from it to the Output, so what it computes is never used</source>
            <translation>{name} leads nowhere: no path goes from it to the Output, so what it computes is never used</translation>
        </message>
        <message>
            <source>The network has no Output layer: add one after the last layer and choose a loss.</source>
            <translation>The network has no Output layer: add one after the last layer and choose a loss.</translation>
        </message>
        <message>
            <source>{name}: a network has exactly one Output, and this is a second one</source>
            <translation>{name}: a network has exactly one Output, and this is a second one</translation>
        </message>
        <message>
            <source>{name}: choose a loss, so training knows what to make small</source>
            <translation>{name}: choose a loss, so training knows what to make small</translation>
        </message>
        <message>
            <source>{name}: the labels have {classes} classes but the output has {units} unit; give the last Dense layer {classes} units</source>
            <translation>{name}: the labels have {classes} classes but the output has {units} unit; give the last Dense layer {classes} units</translation>
        </message>
        <message>
            <source>{name}: the labels have {classes} classes but the output has {units} units; give the last Dense layer {classes} units</source>
            <translation>{name}: the labels have {classes} classes but the output has {units} units; give the last Dense layer {classes} units</translation>
        </message>
        <message>
            <source>{name} is an Input: data enters there, so nothing may flow into it</source>
            <translation>{name} is an Input: data enters there, so nothing may flow into it</translation>
        </message>
        <message>
            <source>{name} has no input: connect a layer into it</source>
            <translation>{name} has no input: connect a layer into it</translation>
        </message>
        <message>
            <source>{name} combines at least {least} inputs, but {n} connected</source>
            <translation>{name} combines at least {least} inputs, but {n} connected</translation>
        </message>
        <message>
            <source>{name} takes one input but {n} are connected; to combine them, put an Add or Concatenate layer in between</source>
            <translation>{name} takes one input but {n} are connected; to combine them, put an Add or Concatenate layer in between</translation>
        </message>
        <message>
            <source>a node with id {node!r} already exists</source>
            <translation>a node with id {node!r} already exists</translation>
        </message>
        <message>
            <source>a layer's name cannot be empty</source>
            <translation>a layer's name cannot be empty</translation>
        </message>
        <message>
            <source>another layer is already called {name!r}</source>
            <translation>another layer is already called {name!r}</translation>
        </message>
        <message>
            <source>these layers are already connected</source>
            <translation>these layers are already connected</translation>
        </message>
        <message>
            <source>these layers are not connected</source>
            <translation>these layers are not connected</translation>
        </message>
        <message>
            <source>in {low}, {high}</source>
            <extracomment>Whether the bounds themselves are allowed.</extracomment>
            <translation>in {low}, {high}</translation>
        </message>
        <message>
            <source>{layer}: {field}</source>
            <translation>{layer}: {field}</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>{where} must be {kind} {range}, got {value}</source>
            <translation>{where} must be {kind} {range}, got {value}</translation>
        </message>
        <message>
            <source>{where} must be {range}, got {value}</source>
            <translation>{where} must be {range}, got {value}</translation>
        </message>
        <message>
            <source>{where} must be true or false, got {value}</source>
            <translation>{where} must be true or false, got {value}</translation>
        </message>
        <message>
            <source>{where}: {reason}</source>
            <translation>{where}: {reason}</translation>
        </message>
        <message>
            <source>{shapes} and {shape}</source>
            <translation>{shapes} and {shape}</translation>
        </message>
        <message>
            <source>{where} must be a size such as 2 or (8, 8), got {value}</source>
            <translation>{where} must be a size such as 2 or (8, 8), got {value}</translation>
        </message>
        <message>
            <source>{where}: every size must be a whole number ≥ 1, got {value}</source>
            <translation>{where}: every size must be a whole number ≥ 1, got {value}</translation>
        </message>
        <message>
            <source>{layer} takes at most {count} positional settings</source>
            <extracomment>How many incoming edges the layer takes (``None``: no upper limit). Parameters that training leaves to the layer itself (e.g. BatchNorm's moving averages).</extracomment>
            <translation>{layer} takes at most {count} positional settings</translation>
        </message>
        <message>
            <source>{layer}: {setting} is given twice</source>
            <translation>{layer}: {setting} is given twice</translation>
        </message>
        <message>
            <source>{layer} has no setting {setting!r}; its settings are: {settings}</source>
            <translation>{layer} has no setting {setting!r}; its settings are: {settings}</translation>
        </message>
        <message>
            <source>{layer} has no setting {setting!r}</source>
            <translation>{layer} has no setting {setting!r}</translation>
        </message>
        <message>
            <source>{layer} expects a flat vector of features but gets shape {shape}; put a Flatten layer in front of it</source>
            <extracomment>Preferred node name when this spec is placed in a graph (Keras' ``name=``).</extracomment>
            <translation>{layer} expects a flat vector of features but gets shape {shape}; put a Flatten layer in front of it</translation>
        </message>
        <message>
            <source>Add needs inputs of one shape, but gets {shapes}</source>
            <translation>Add needs inputs of one shape, but gets {shapes}</translation>
        </message>
        <message>
            <source>Concatenate joins along the last axis, so all other sizes must match; gets {shapes}</source>
            <translation>Concatenate joins along the last axis, so all other sizes must match; gets {shapes}</translation>
        </message>
        <message>
            <source>{loss}: targets of shape {targets} do not match predictions of shape {shape}</source>
            <extracomment>Probabilities are kept inside [EPS, 1 − EPS] before a log (as Keras does), so a confident wrong answer gives a large finite loss rather than inf. The output activation whose fusion with this loss is exact and stable, if any. Whether targets are class indices (one integer per sample) rather than arrays. Whether the loss treats outputs as probabilities of classes.</extracomment>
            <translation>{loss}: targets of shape {targets} do not match predictions of shape {shape}</translation>
        </message>
        <message>
            <source>Huber loss: delta must be a number &gt; 0, got {value}</source>
            <extracomment>Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).</extracomment>
            <translation>Huber loss: delta must be a number &gt; 0, got {value}</translation>
        </message>
        <message>
            <source>Huber loss: delta must be finite, got {value}</source>
            <translation>Huber loss: delta must be finite, got {value}</translation>
        </message>
        <message>
            <source>binary cross-entropy: from_logits must be true or false, got {value}</source>
            <translation>binary cross-entropy: from_logits must be true or false, got {value}</translation>
        </message>
        <message>
            <source>binary cross-entropy treats each output unit as its own yes/no probability, but softmax makes the units compete; use sigmoid, or categorical cross-entropy</source>
            <translation>binary cross-entropy treats each output unit as its own yes/no probability, but softmax makes the units compete; use sigmoid, or categorical cross-entropy</translation>
        </message>
        <message>
            <source>binary cross-entropy on {units} units needs a sigmoid on each unit; for one class out of {units} use (sparse) categorical cross-entropy with softmax</source>
            <translation>binary cross-entropy on {units} units needs a sigmoid on each unit; for one class out of {units} use (sparse) categorical cross-entropy with softmax</translation>
        </message>
        <message>
            <source>{loss}: from_logits must be true or false, got {value}</source>
            <translation>{loss}: from_logits must be true or false, got {value}</translation>
        </message>
        <message>
            <source>{loss} needs one output unit per class (at least 2), but this output has {units}; for a yes/no answer use binary cross-entropy with a sigmoid</source>
            <translation>{loss} needs one output unit per class (at least 2), but this output has {units}; for a yes/no answer use binary cross-entropy with a sigmoid</translation>
        </message>
        <message>
            <source>{loss} needs probabilities that sum to 1: end the network with a softmax (it has {activation})</source>
            <translation>{loss} needs probabilities that sum to 1: end the network with a softmax (it has {activation})</translation>
        </message>
        <message>
            <source>no activation</source>
            <translation>no activation</translation>
        </message>
        <message>
            <source>{loss}: {labels} labels for {count} predictions</source>
            <translation>{loss}: {labels} labels for {count} predictions</translation>
        </message>
        <message>
            <source>{loss}: labels must be whole class numbers 0 … {last}</source>
            <translation>{loss}: labels must be whole class numbers 0 … {last}</translation>
        </message>
        <message>
            <source>{loss}: label {label} is outside the {classes} classes 0 … {last} of the output</source>
            <translation>{loss}: label {label} is outside the {classes} classes 0 … {last} of the output</translation>
        </message>
        <message>
            <source>{label}: alpha must be a finite number, got {value}</source>
            <extracomment>Whether f acts on each element alone (softmax does not: it mixes a row). Whether f'(x) can be computed from the output y = f(x) alone (tanh: 1 − y²). The backward pass then reuses the forward pass's output instead of evaluating f (an exp or tanh) again. ELU, hard sigmoid and softplus could in exact arithmetic, but not in floating point: ELU's y + α cancels for very negative x, and rounding moves the hard sigmoid's kinks. Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).</extracomment>
            <translation>{label}: alpha must be a finite number, got {value}</translation>
        </message>
        <message>
            <source>{label}: alpha must be ≥ 0, got {value}</source>
            <translation>{label}: alpha must be ≥ 0, got {value}</translation>
        </message>
        <message>
            <source>{label}: {field} must be a finite number, got {value}</source>
            <translation>{label}: {field} must be a finite number, got {value}</translation>
        </message>
        <message>
            <source>constant initializer</source>
            <translation>constant initializer</translation>
        </message>
        <message>
            <source>normal initializer</source>
            <translation>normal initializer</translation>
        </message>
        <message>
            <source>normal initializer: stddev must be ≥ 0, got {value}</source>
            <translation>normal initializer: stddev must be ≥ 0, got {value}</translation>
        </message>
        <message>
            <source>uniform initializer</source>
            <translation>uniform initializer</translation>
        </message>
        <message>
            <source>uniform initializer: minval {low} is above maxval {high}</source>
            <translation>uniform initializer: minval {low} is above maxval {high}</translation>
        </message>
        <message>
            <source>{metric} needs a classification loss, not {loss}</source>
            <extracomment>"classification" (on labels) or "regression" (on values).</extracomment>
            <translation>{metric} needs a classification loss, not {loss}</translation>
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
            <translation>the network cannot run yet:
{listed}</translation>
        </message>
        <message>
            <source>{label}: {field} must be in {low}, {high}, got {value}</source>
            <translation>{label}: {field} must be in {low}, {high}, got {value}</translation>
        </message>
        <message>
            <source>{label}: use clipnorm or global_clipnorm, not both</source>
            <extracomment>Every shared formula, for the compiled training loop (engine/backends/kernels/shared.py).</extracomment>
            <translation>{label}: use clipnorm or global_clipnorm, not both</translation>
        </message>
        <message>
            <source>{label}: nesterov must be true or false, got {value}</source>
            <extracomment>Number of updates applied so far (the schedules' step count).</extracomment>
            <translation>{label}: nesterov must be true or false, got {value}</translation>
        </message>
        <message>
            <source>{label}: Nesterov needs a momentum above 0</source>
            <translation>{label}: Nesterov needs a momentum above 0</translation>
        </message>
        <message>
            <source>activation</source>
            <extracomment>The registries' kinds, as words in a sentence ("unknown optimizer 'adamx'"): marked here so a GUI can translate them (see :func:`kind_word`).</extracomment>
            <translation>activation</translation>
        </message>
        <message>
            <source>bundled data set</source>
            <translation>bundled data set</translation>
        </message>
        <message>
            <source>data set</source>
            <translation>data set</translation>
        </message>
        <message>
            <source>initializer</source>
            <translation>initializer</translation>
        </message>
        <message>
            <source>layer type</source>
            <translation>layer type</translation>
        </message>
        <message>
            <source>lesson check</source>
            <translation>lesson check</translation>
        </message>
        <message>
            <source>loss</source>
            <translation>loss</translation>
        </message>
        <message>
            <source>metric</source>
            <translation>metric</translation>
        </message>
        <message>
            <source>optimizer</source>
            <translation>optimizer</translation>
        </message>
        <message>
            <source>regularizer</source>
            <translation>regularizer</translation>
        </message>
        <message>
            <source>scaling</source>
            <translation>scaling</translation>
        </message>
        <message>
            <source>schedule</source>
            <translation>schedule</translation>
        </message>
        <message>
            <source>test function</source>
            <translation>test function</translation>
        </message>
        <message>
            <source>{kind} must be given by name, got {name}</source>
            <translation>{kind} must be given by name, got {name}</translation>
        </message>
        <message>
            <source>unknown {kind} {name!r}; choose one of: {choices}</source>
            <translation>unknown {kind} {name!r}; choose one of: {choices}</translation>
        </message>
        <message>
            <source>{kind} config {spec} has no 'name'</source>
            <translation>{kind} config {spec} has no 'name'</translation>
        </message>
        <message>
            <source>{kind} {entry}: {reason}</source>
            <translation>{kind} {entry}: {reason}</translation>
        </message>
        <message>
            <source>{label}: {field} must be ≥ 0, got {value}</source>
            <translation>{label}: {field} must be ≥ 0, got {value}</translation>
        </message>
        <message>
            <source>{label}: {field} must be a finite number {bound}, got {value}</source>
            <translation>{label}: {field} must be a finite number {bound}, got {value}</translation>
        </message>
        <message>
            <source>{label}: {field} must be a whole number ≥ 1, got {value}</source>
            <translation>{label}: {field} must be a whole number ≥ 1, got {value}</translation>
        </message>
        <message>
            <source>{label}: alpha must be in [0, 1], got {value}</source>
            <translation>{label}: alpha must be in [0, 1], got {value}</translation>
        </message>
        <message>
            <source>{label}: cannot be followed by another warm-up</source>
            <translation>{label}: cannot be followed by another warm-up</translation>
        </message>
        <message>
            <source>schedule {spec!r} needs its settings (at least initial_learning_rate)</source>
            <translation>schedule {spec!r} needs its settings (at least initial_learning_rate)</translation>
        </message>
    </context>
    <context>
        <name>project</name>
        <message>
            <source>weights.npz: no array for {node}/{name}</source>
            <extracomment>Refuse to read files larger than this (a project with weights is far smaller). The data set: ``{"name": ..., **settings}`` (generator parameters or an import path). Train/eval/test split settings, e.g. ``{"test": 0.2, "eval": 0.1, "stratify": True}``. Training settings: optimizer config, metrics, batch size, epochs, backend, …. Input scaling: None, a method name ("standardize", "minmax"), or — after training — the fitted method with its statistics, so predictions scale new inputs as training did. Classroom view a teacher hands out: ``{"hidden_controls": [control ids], "presentation": bool}``. The ids name GUI controls (the GUI lists them); None: the full interface.</extracomment>
            <translation>weights.npz: no array for {node}/{name}</translation>
        </message>
        <message>
            <source>weights.npz: {node}/{name} has shape {shape}, but the layer {layer!r} needs {expected}</source>
            <translation>weights.npz: {node}/{name} has shape {shape}, but the layer {layer!r} needs {expected}</translation>
        </message>
        <message>
            <source>{path}: cannot open the file ({reason})</source>
            <translation>{path}: cannot open the file ({reason})</translation>
        </message>
        <message>
            <source>{path}: {size} MiB is too large for a project file</source>
            <translation>{path}: {size} MiB is too large for a project file</translation>
        </message>
        <message>
            <source>{path}: not a LayerLab project (no project.json inside)</source>
            <translation>{path}: not a LayerLab project (no project.json inside)</translation>
        </message>
        <message>
            <source>{path}: the file is damaged ({reason})</source>
            <translation>{path}: the file is damaged ({reason})</translation>
        </message>
        <message>
            <source>{path}: not a LayerLab project (not valid JSON: {reason})</source>
            <translation>{path}: not a LayerLab project (not valid JSON: {reason})</translation>
        </message>
        <message>
            <source>{path}: field '{where}': {reason}</source>
            <translation>{path}: field '{where}': {reason}</translation>
        </message>
        <message>
            <source>is missing</source>
            <translation>is missing</translation>
        </message>
        <message>
            <source>expected {kinds}, found {value}</source>
            <translation>expected {kinds}, found {value}</translation>
        </message>
        <message>
            <source>expected {kinds}, found {type} {value}</source>
            <translation>expected {kinds}, found {type} {value}</translation>
        </message>
        <message>
            <source>an object</source>
            <translation>an object</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>a list</translation>
        </message>
        <message>
            <source>text</source>
            <translation>text</translation>
        </message>
        <message>
            <source>a whole number</source>
            <translation>a whole number</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>a number</translation>
        </message>
        <message>
            <source>true or false</source>
            <translation>true or false</translation>
        </message>
        <message>
            <source>{first} or {second}</source>
            <translation>{first} or {second}</translation>
        </message>
        <message>
            <source>{path}: not a LayerLab project (no "format": "{format}")</source>
            <translation>{path}: not a LayerLab project (no "format": "{format}")</translation>
        </message>
        <message>
            <source>{path}: saved by a newer LayerLab (file format {version}; this version reads up to {newest}). Update LayerLab to open it.</source>
            <translation>{path}: saved by a newer LayerLab (file format {version}; this version reads up to {newest}). Update LayerLab to open it.</translation>
        </message>
        <message>
            <source>must be ≥ 1, found {value}</source>
            <translation>must be ≥ 1, found {value}</translation>
        </message>
        <message>
            <source>unknown metric {name}</source>
            <translation>unknown metric {name}</translation>
        </message>
        <message>
            <source>must be float32 or float64, found {value!r}</source>
            <translation>must be float32 or float64, found {value!r}</translation>
        </message>
        <message>
            <source>unknown setting; known: {known}</source>
            <extracomment>The keys a ``classroom`` object may have.</extracomment>
            <translation>unknown setting; known: {known}</translation>
        </message>
        <message>
            <source>expected a control name, found {value}</source>
            <translation>expected a control name, found {value}</translation>
        </message>
        <message>
            <source>{name!r} is listed twice</source>
            <translation>{name!r} is listed twice</translation>
        </message>
        <message>
            <source>expected an object</source>
            <translation>expected an object</translation>
        </message>
        <message>
            <source>the id {node!r} is used twice</source>
            <translation>the id {node!r} is used twice</translation>
        </message>
        <message>
            <source>unknown layer type {name!r}</source>
            <translation>unknown layer type {name!r}</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>is empty</translation>
        </message>
        <message>
            <source>two layers are called {name!r}</source>
            <translation>two layers are called {name!r}</translation>
        </message>
        <message>
            <source>expected two numbers [x, y], found {value}</source>
            <translation>expected two numbers [x, y], found {value}</translation>
        </message>
        <message>
            <source>expected [source id, target id], found {value}</source>
            <translation>expected [source id, target id], found {value}</translation>
        </message>
        <message>
            <source>refers to a node {node!r} that does not exist</source>
            <translation>refers to a node {node!r} that does not exist</translation>
        </message>
        <message>
            <source>the connection {source} → {target} is listed twice</source>
            <translation>the connection {source} → {target} is listed twice</translation>
        </message>
        <message>
            <source>{path}: weights.npz is unreadable ({reason})</source>
            <translation>{path}: weights.npz is unreadable ({reason})</translation>
        </message>
        <message>
            <source>{path}: weights.npz: {array!r} belongs to no layer in the graph</source>
            <translation>{path}: weights.npz: {array!r} belongs to no layer in the graph</translation>
        </message>
        <message>
            <source>{path}: weights.npz: {array!r} is not an array of finite numbers</source>
            <translation>{path}: weights.npz: {array!r} is not an array of finite numbers</translation>
        </message>
    </context>
    <context>
        <name>serving</name>
        <message>
            <source>{path}: the project has no trained weights yet; run `layerlab train {path}` first</source>
            <extracomment>The class each output column stands for, when the model was trained on named classes.</extracomment>
            <translation>{path}: the project has no trained weights yet; run `layerlab train {path}` first</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: no such file</translation>
        </message>
        <message>
            <source>{path}: the model takes {count} input(s) of type {types}; LayerLab runs models with one float input</source>
            <translation>{path}: the model takes {count} input(s) of type {types}; LayerLab runs models with one float input</translation>
        </message>
        <message>
            <source>{path}: not an ONNX model that onnxruntime can run ({error})</source>
            <translation>{path}: not an ONNX model that onnxruntime can run ({error})</translation>
        </message>
        <message>
            <source>{path}: not an ONNX model LayerLab can run ({error})</source>
            <extracomment>(name, type, shape) of each input and output; shape entries are ints or symbolic names.</extracomment>
            <translation>{path}: not an ONNX model LayerLab can run ({error})</translation>
        </message>
        <message>
            <source>input</source>
            <translation>input</translation>
        </message>
        <message>
            <source>output</source>
            <translation>output</translation>
        </message>
        <message>
            <source>{path}: the model's {what} has shape {dims}; LayerLab needs a batch axis first and fixed sizes after it</source>
            <translation>{path}: the model's {what} has shape {dims}; LayerLab needs a batch axis first and fixed sizes after it</translation>
        </message>
        <message>
            <source>{path}: the model's class names are not a JSON list of text</source>
            <translation>{path}: the model's class names are not a JSON list of text</translation>
        </message>
        <message>
            <source>cannot serve on {host}:{port} ({error}); choose another with --port</source>
            <translation>cannot serve on {host}:{port} ({error}); choose another with --port</translation>
        </message>
        <message>
            <source>cannot serve on {host}:{port} ({error})</source>
            <translation>cannot serve on {host}:{port} ({error})</translation>
        </message>
    </context>
    <context>
        <name>templates</name>
        <message>
            <source>Playground: circle, 2 → 4 tanh → 2 tanh → 1</source>
            <translation>Playground: circle, 2 → 4 tanh → 2 tanh → 1</translation>
        </message>
        <message>
            <source>TensorFlow Playground's default: two small tanh layers learn a ring.</source>
            <translation>TensorFlow Playground's default: two small tanh layers learn a ring.</translation>
        </message>
        <message>
            <source>Playground: XOR, 2 → 4 ReLU → 1</source>
            <translation>Playground: XOR, 2 → 4 ReLU → 1</translation>
        </message>
        <message>
            <source>One hidden layer is enough to separate opposite quadrants.</source>
            <translation>One hidden layer is enough to separate opposite quadrants.</translation>
        </message>
        <message>
            <source>Playground: spiral, 2 → 8 → 8 → 8 ReLU → 1</source>
            <translation>Playground: spiral, 2 → 8 → 8 → 8 ReLU → 1</translation>
        </message>
        <message>
            <source>The hard one: a deeper network for two interleaved spirals.</source>
            <translation>The hard one: a deeper network for two interleaved spirals.</translation>
        </message>
        <message>
            <source>Logistic regression: 2 → 1 sigmoid</source>
            <translation>Logistic regression: 2 → 1 sigmoid</translation>
        </message>
        <message>
            <source>No hidden layer: a straight boundary, enough for two Gaussian clouds.</source>
            <translation>No hidden layer: a straight boundary, enough for two Gaussian clouds.</translation>
        </message>
        <message>
            <source>Keras example: digits 8×8 → Flatten → 128 ReLU → Dropout → 10 softmax</source>
            <translation>Keras example: digits 8×8 → Flatten → 128 ReLU → Dropout → 10 softmax</translation>
        </message>
        <message>
            <source>The classic first Keras model, on the bundled 8×8 digits.</source>
            <translation>The classic first Keras model, on the bundled 8×8 digits.</translation>
        </message>
        <message>
            <source>Keras example: 28×28 images → Flatten → 128 ReLU → Dropout → 10 softmax</source>
            <translation>Keras example: 28×28 images → Flatten → 128 ReLU → Dropout → 10 softmax</translation>
        </message>
        <message>
            <source>The same model for 28×28 images such as MNIST (import the data set).</source>
            <translation>The same model for 28×28 images such as MNIST (import the data set).</translation>
        </message>
        <message>
            <source>Circle with two tanh layers</source>
            <extracomment>What a fresh window shows: a network that can train at once. File ▸ Open Example's names for the shipped examples, by file name (untranslated).</extracomment>
            <translation>Circle with two tanh layers</translation>
        </message>
        <message>
            <source>Digits with the Keras example model</source>
            <translation>Digits with the Keras example model</translation>
        </message>
        <message>
            <source>Sine curve regression</source>
            <translation>Sine curve regression</translation>
        </message>
        <message>
            <source>Spiral with two ReLU layers</source>
            <translation>Spiral with two ReLU layers</translation>
        </message>
    </context>
    <context>
        <name>training</name>
        <message>
            <source>early stopping patience must be a whole number ≥ 1, got {value}</source>
            <extracomment>A chunk of steps aims to take about this long: short enough that Pause answers at once, long enough that per-call overhead disappears. A loss this many times above the first step's loss counts as exploding. Monitor ``val_loss`` when there is eval data, else ``loss``. Put back the weights of the best epoch when stopping.</extracomment>
            <translation>early stopping patience must be a whole number ≥ 1, got {value}</translation>
        </message>
        <message>
            <source>early stopping min_delta must be ≥ 0, got {value}</source>
            <translation>early stopping min_delta must be ≥ 0, got {value}</translation>
        </message>
        <message>
            <source>compile the model (optimizer and loss) before training it</source>
            <translation>compile the model (optimizer and loss) before training it</translation>
        </message>
        <message>
            <source>unknown backend {backend}; choose auto or one of: {names}</source>
            <translation>unknown backend {backend}; choose auto or one of: {names}</translation>
        </message>
        <message>
            <source>{samples} samples and {labels} labels: need equal, non-zero counts</source>
            <translation>{samples} samples and {labels} labels: need equal, non-zero counts</translation>
        </message>
        <message>
            <source>stratified batches need class labels (one whole number per sample)</source>
            <translation>stratified batches need class labels (one whole number per sample)</translation>
        </message>
        <message>
            <source>yield_seconds must be a number of seconds in [0, 1], got {value}</source>
            <translation>yield_seconds must be a number of seconds in [0, 1], got {value}</translation>
        </message>
        <message>
            <source>the trainer is closed</source>
            <extracomment>completed epochs updates since the last reset (step, copy of the parameters) at the snapshot cadence, starting with step 0. Why the last run stopped on an error (a LayerLabError's message), if it did.</extracomment>
            <translation>the trainer is closed</translation>
        </message>
        <message>
            <source>training failed: {error}</source>
            <translation>training failed: {error}</translation>
        </message>
        <message>
            <source>stopped by the user</source>
            <translation>stopped by the user</translation>
        </message>
        <message>
            <source>reset: fresh weights from the seed</source>
            <translation>reset: fresh weights from the seed</translation>
        </message>
        <message>
            <source>the JIT backend finished compiling; {why}</source>
            <extracomment>Epochs to train one chunk each before chunks may span epochs again (after an undo).</extracomment>
            <translation>the JIT backend finished compiling; {why}</translation>
        </message>
        <message>
            <source>the JIT backend could not start ({error}); training stays on the reference backend</source>
            <translation>the JIT backend could not start ({error}); training stays on the reference backend</translation>
        </message>
        <message>
            <source>early stopping watches {monitor}, which this run does not report</source>
            <translation>early stopping watches {monitor}, which this run does not report</translation>
        </message>
        <message>
            <source>early stopping: {monitor} has not improved for {patience} epochs (best {best} after epoch {epoch})</source>
            <translation>early stopping: {monitor} has not improved for {patience} epochs (best {best} after epoch {epoch})</translation>
        </message>
        <message>
            <source>The loss exploded from {first} to {loss} at step {step}</source>
            <translation>The loss exploded from {first} to {loss} at step {step}</translation>
        </message>
        <message>
            <source>The weights overflowed to infinity or NaN by step {step}</source>
            <translation>The weights overflowed to infinity or NaN by step {step}</translation>
        </message>
        <message>
            <source>The loss became NaN (not a number) at step {step}</source>
            <translation>The loss became NaN (not a number) at step {step}</translation>
        </message>
        <message>
            <source>The loss became infinite at step {step}</source>
            <translation>The loss became infinite at step {step}</translation>
        </message>
        <message>
            <source>{what}: each update overshot the minimum by more than the last, so the numbers grew without bound. A learning rate of {lr} is too high for {loss} with this network and data — press Reset and try {lower} or lower (or scale the inputs).</source>
            <translation>{what}: each update overshot the minimum by more than the last, so the numbers grew without bound. A learning rate of {lr} is too high for {loss} with this network and data — press Reset and try {lower} or lower (or scale the inputs).</translation>
        </message>
        <message>
            <source>all {epochs} epochs are done</source>
            <translation>all {epochs} epochs are done</translation>
        </message>
        <message>
            <source>epochs must be a whole number ≥ 0, got {value}</source>
            <translation>epochs must be a whole number ≥ 0, got {value}</translation>
        </message>
        <message>
            <source>{name} must be a whole number ≥ 0, got {value}</source>
            <translation>{name} must be a whole number ≥ 0, got {value}</translation>
        </message>
        <message>
            <source>choose a loss first: call compile(loss=...) or set it on the Output</source>
            <extracomment>Activations with two flat tails, where a unit can saturate. A value is saturated where the activation's slope is below this fraction of its peak slope (sigmoid: |z| &gt; 3.6, tanh: |z| &gt; 1.8). First-layer gradient norm / last-layer gradient norm below this: vanishing gradients. ... above this: exploding gradients. Share of dead (or saturated) units in a layer from which a hint is given. An update that changes a layer's weights by more than this fraction of their size. ‖∂L/∂θ‖ over the layer's trainable arrays (kernel and bias together). ‖θ‖ over the same arrays. ‖θ − θ_previous‖ / ‖θ‖: how much the last update moved the weights (≈ 1e-3 is healthy). Mean and standard deviation of the layer's outputs over the batch. Share of (sample, unit) values on a flat tail of sigmoid/tanh/hard sigmoid. Share of units whose slope is 0 for every sample of the batch (ReLU: output always 0). (counts, bin edges) of the pre-activations z, when asked for.</extracomment>
            <translation>choose a loss first: call compile(loss=...) or set it on the Output</translation>
        </message>
        <message>
            <source>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</source>
            <translation>the Input expects samples of shape {expected}, but the data has samples of shape {shape}</translation>
        </message>
        <message>
            <source>Exploding gradients: the gradient grows on its way back to the first layer, so the early weights take huge steps. Use a smaller learning rate, gradient clipping, or a smaller weight initialization.</source>
            <extracomment>The layer it is about, if one.</extracomment>
            <translation>Exploding gradients: the gradient grows on its way back to the first layer, so the early weights take huge steps. Use a smaller learning rate, gradient clipping, or a smaller weight initialization.</translation>
        </message>
        <message>
            <source>Vanishing gradients: the first layer's gradient is {ratio} times the last layer's, so the early layers barely learn. Sigmoid's slope is at most 0.25 and each layer multiplies by it; ReLU, or Batch Normalization, keeps it alive.</source>
            <translation>Vanishing gradients: the first layer's gradient is {ratio} times the last layer's, so the early layers barely learn. Sigmoid's slope is at most 0.25 and each layer multiplies by it; ReLU, or Batch Normalization, keeps it alive.</translation>
        </message>
        <message>
            <source>{layer}: {percent}% of its units are dead — their output is 0 for every sample, so no gradient reaches them and they cannot recover. Try Leaky ReLU or ELU, a smaller learning rate, or biases that do not start negative.</source>
            <translation>{layer}: {percent}% of its units are dead — their output is 0 for every sample, so no gradient reaches them and they cannot recover. Try Leaky ReLU or ELU, a smaller learning rate, or biases that do not start negative.</translation>
        </message>
        <message>
            <source>{layer}: {percent}% of its values sit on a flat tail of {activation}, where the slope is nearly 0 and learning stalls. Scale the inputs, use a smaller initialization, or switch to ReLU.</source>
            <translation>{layer}: {percent}% of its values sit on a flat tail of {activation}, where the slope is nearly 0 and learning stalls. Scale the inputs, use a smaller initialization, or switch to ReLU.</translation>
        </message>
        <message>
            <source>{layer}: one update changed its weights by {percent}% of their size (about 0.1% is typical). The learning rate is probably too high.</source>
            <translation>{layer}: one update changed its weights by {percent}% of their size (about 0.1% is typical). The learning rate is probably too high.</translation>
        </message>
        <message>
            <source>The loss became infinite or NaN: training diverged. The learning rate is too high for this network and data; lower it (e.g. by 10×) and start again.</source>
            <extracomment>How many of the latest values the history hints look at.</extracomment>
            <translation>The loss became infinite or NaN: training diverged. The learning rate is too high for this network and data; lower it (e.g. by 10×) and start again.</translation>
        </message>
        <message>
            <source>The loss jumps up and down (or climbs) instead of falling: the steps overshoot the valley. Try a smaller learning rate.</source>
            <translation>The loss jumps up and down (or climbs) instead of falling: the steps overshoot the valley. Try a smaller learning rate.</translation>
        </message>
        <message>
            <source>Overfitting: the evaluation loss has risen since epoch {epoch} while the training loss keeps falling — the network is memorizing the training data. Use more data or augmentation, fewer parameters, Dropout or L2, or stop at the best epoch.</source>
            <translation>Overfitting: the evaluation loss has risen since epoch {epoch} while the training loss keeps falling — the network is memorizing the training data. Use more data or augmentation, fewer parameters, Dropout or L2, or stop at the best epoch.</translation>
        </message>
        <message>
            <source>the project has no data set: choose one in the Data panel</source>
            <extracomment>The optimizer a project without one trains with (what the training panel shows for it). A project's ``training`` keys that need a new Trainer (the weights are kept). Snapshots of the weights (for the path on the loss landscape and the plots' weights while training) at least this often in steps; more often for short epochs, never mid-chunk. The project's data set entry the session was built from. The samples as generated or read (before input features and scaling), same rows. The weights the session started from (a copy).</extracomment>
            <translation>the project has no data set: choose one in the Data panel</translation>
        </message>
        <message>
            <source>training diverged, so the weights are useless (some may not even be finite numbers): press Reset and train again</source>
            <extracomment>The timer that drains the trainer's mailbox, and so the plots' refresh: every 30 ms (a little over the 30 Hz the plots must make, since a timer never fires early and often fires late). Time a closing window gives the trainer thread to end. State shown when there is no session (the graph has errors or the data cannot be loaded). How long a thread may keep the GIL while another waits for it, while the reference backend trains. That backend runs numpy on small arrays, which never lets go of the GIL, and every call this thread makes into Qt gives the GIL up and then waits this long to get it back: at Python's default of 5 ms one frame of a plot takes seconds and the window freezes (benchmarks/gui_latency.py --example circle_tanh --backend reference: p99 latency 5.9 s with 5 ms, 0.2–0.4 s with 0.1 ms). Only then, because so short a slice slows every other Python-heavy thread (numba compiling, imports) a great deal. (The trainer now pauses between reference chunks instead, see REFERENCE_YIELD_SECONDS; this short slice is what runs that do not pause use.) BLAS threads while the window trains: one, so the other core stays free for drawing. Two BLAS threads fight the GUI thread for every matrix product and lose (benchmarks/gui_latency.py, digits on the cpu backend, 2 cores: headless 51k samples/s with two, 190k with one). Pause after each reference-backend chunk (about 50 ms of numpy that holds the GIL nearly all along), with the GIL free, so the window gets a turn of its own. With it, Python's own switch interval does better than the short one above, which is then not used (gui_latency.py, circle on the reference backend, two runs each, same minutes: p99 58–71 ms against 93–128 ms, loss plot 26–29 Hz against 18–22 Hz, more samples per second too). Commands that make the trainer train (the run's clock runs until it settles again). A new session (data, model) or none: views rebuild from :attr:`session`. The run started over (new session or Reset): views drop what they drew of the old run. ``(state, reason)``: idle, running, paused, stopped, finished, diverged or unavailable. New steps or epochs are in :attr:`steps` / :attr:`epochs` (at most once per tick). At least one epoch ended since the last tick (eval metrics, confusion matrix). Newer weights are in :attr:`params` (from a snapshot, or after a step/pause). ``(backend, reason)``: training now runs on that backend (the JIT took over, …). Something went wrong that the user should read (a refused setting, a failed step). The loss landscape's own thread (its numba kernel may compile for a while at first). The latest weights the views may draw (a private copy; never written to). Global step of :attr:`params`. Training time of this run before the current stretch, and when that stretch began. The current trainer's own step and epoch counts, from its reports.</extracomment>
            <translation>training diverged, so the weights are useless (some may not even be finite numbers): press Reset and train again</translation>
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <source>Data</source>
            <translation>Data</translation>
        </message>
        <message>
            <source>Training</source>
            <translation>Training</translation>
        </message>
        <message>
            <source>Output</source>
            <translation>Output</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Loss</translation>
        </message>
        <message>
            <source>Loss landscape</source>
            <translation>Loss landscape</translation>
        </message>
        <message>
            <source>Activations</source>
            <translation>Activations</translation>
        </message>
        <message>
            <source>Gradient flow</source>
            <translation>Gradient flow</translation>
        </message>
        <message>
            <source>Confusion matrix</source>
            <translation>Confusion matrix</translation>
        </message>
        <message>
            <source>Saved without the trained weights: %1</source>
            <translation>Saved without the trained weights: %1</translation>
        </message>
    </context>
</TS>
