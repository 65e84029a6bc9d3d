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
            <extracomment>How often, and how many times, a train step checks whether the worker is ready for Train. Actions whose results the comparison plot shows. ``marks[k]``: the undo-stack index once the edits of steps 0 … k−1 are in (marks[0]: preset). Something the teacher should read (a step that could not run, and why); "" clears it.</extracomment>
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
            <source>Training did not start: %1</source>
            <translation>Training did not start: %1</translation>
        </message>
        <message>
            <source>Cannot train yet: %1</source>
            <translation>Cannot train yet: %1</translation>
        </message>
        <message>
            <source>Add %1</source>
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
            <extracomment>What is being shown: a Comparison, or None (a race, a curvature, or nothing yet). Drawn paths: (points, time of each point, line items, end marker), for Replay. Where a replay is (0 … 1 of the runs' length), or None when showing everything. One line per optimizer of a race: its step size and when it arrived.</extracomment>
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
            <source>%1 (%2 steps/epoch, %3 ms/epoch)</source>
            <translation>%1 (%2 steps/epoch, %3 ms/epoch)</translation>
        </message>
        <message>
            <source>solid: training, dashed: evaluation</source>
            <translation>solid: training, dashed: evaluation</translation>
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
            <translation>true class</translation>
        </message>
        <message>
            <source>predicted class</source>
            <translation>predicted class</translation>
        </message>
        <message>
            <source>Choose a data set first.</source>
            <extracomment>The counts on screen (rows: true class, columns: predicted), or None. The training step of the weights the counts are for.</extracomment>
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
            <extracomment>The percent range of the split sliders. The data set as the project names it now (None: none chosen or it failed to load).</extracomment>
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
            <source>Training goes on: this is its newest snapshot.</source>
            <translation>Training goes on: this is its newest snapshot.</translation>
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
            <extracomment>Configuration or name of a node changed. Shapes, parameter counts and problems were recomputed (after every edit). ``(has_errors, reason)``: whether the graph can train and, if not, why (for Train). Node ids now selected, in selection order. A different project was loaded: views rebuild everything. Names of project settings (``dataset``, ``training``, …) that changed.</extracomment>
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
            <extracomment>Cells per side while training runs, and once it stops (fewer for large networks). Networks with more weights than this get the smaller full resolution. Samples the loss is averaged over at each cell (the first of the training split). Weights offered for the exact two-weight surface (the first of the network's). Room around the two weights' path on the exact surface, at least (in weight units).</extracomment>
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
            <extracomment>Views whose results a finished comparison answers better than the main plots do. Where the teacher was (``"07:2"``: lesson 07, third step), kept in the app's settings. Steps run in the open lesson, and the last comparison-type step run (its plot answers a later "show" step that looks at the loss or the surface).</extracomment>
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
            <source>Compare runs</source>
            <translation>Compare runs</translation>
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
            <source>Backend: %1</source>
            <translation>Backend: %1</translation>
        </message>
        <message>
            <source>(JIT warming up…)</source>
            <translation>(JIT warming up…)</translation>
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
            <source>column {number} ({name})</source>
            <translation>column {number} ({name})</translation>
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
            <source>{path}: is not UTF-8 text; save it as “CSV UTF-8” and try again</source>
            <translation>{path}: is not UTF-8 text; save it as “CSV UTF-8” and try again</translation>
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
            <source>{path}: no such data file (looked for {full})</source>
            <extracomment>Loading may use at most this fraction of the memory available when it starts.</extracomment>
            <translation>{path}: no such data file (looked for {full})</translation>
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
            <source>{images} holds {images_count} images but {labels} holds {labels_count} labels; they must be a matching pair</source>
            <translation>{images} holds {images_count} images but {labels} holds {labels_count} labels; they must be a matching pair</translation>
        </message>
        <message>
            <source>{path}: array {x} has {x_rows} rows but {y} has {y_rows}; there must be one target per sample</source>
            <extracomment>Memory per byte of stored arrays while loading: the arrays themselves plus float32 copies.</extracomment>
            <translation>{path}: array {x} has {x_rows} rows but {y} has {y_rows}; there must be one target per sample</translation>
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
            <source>{where}: every row has the same label {label}; a classifier needs at least two classes</source>
            <translation>{where}: every row has the same label {label}; a classifier needs at least two classes</translation>
        </message>
        <message>
            <source>{where}, row {row}, column {col}: {name}[{index}] is {value}, not a finite 32-bit number; {hint}</source>
            <translation>{where}, row {row}, column {col}: {name}[{index}] is {value}, not a finite 32-bit number; {hint}</translation>
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
            <source>Momentum</source>
            <translation>Momentum</translation>
        </message>
        <message>
            <source>Epsilon</source>
            <translation>Epsilon</translation>
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
        <name>problems</name>
        <message>
            <source>{name}: {reason}</source>
            <extracomment>Usually an :class:`~engine.messages.Message`: the English sentence, translatable by a GUI.</extracomment>
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
            <source>{where} must be a size such as 2 or (8, 8), got {value}</source>
            <translation>{where} must be a size such as 2 or (8, 8), got {value}</translation>
        </message>
        <message>
            <source>{where}: every size must be a whole number ≥ 1, got {value}</source>
            <translation>{where}: every size must be a whole number ≥ 1, got {value}</translation>
        </message>
        <message>
            <source>{layer} expects a flat vector of features but gets shape {shape}; put a Flatten layer in front of it</source>
            <extracomment>How many incoming edges the layer takes (``None``: no upper limit). Parameters that training leaves to the layer itself (e.g. BatchNorm's moving averages). Preferred node name when this spec is placed in a graph (Keras' ``name=``).</extracomment>
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
            <source>binary cross-entropy treats each output unit as its own yes/no probability, but softmax makes the units compete; use sigmoid, or categorical cross-entropy</source>
            <extracomment>Probabilities are kept inside [EPS, 1 − EPS] before a log (as Keras does), so a confident wrong answer gives a large finite loss rather than inf. The output activation whose fusion with this loss is exact and stable, if any. Whether targets are class indices (one integer per sample) rather than arrays. Whether the loss treats outputs as probabilities of classes. Every shared formula, for the kernels to compile (engine/backends/kernels/shared.py).</extracomment>
            <translation>binary cross-entropy treats each output unit as its own yes/no probability, but softmax makes the units compete; use sigmoid, or categorical cross-entropy</translation>
        </message>
        <message>
            <source>binary cross-entropy on {units} units needs a sigmoid on each unit; for one class out of {units} use (sparse) categorical cross-entropy with softmax</source>
            <translation>binary cross-entropy on {units} units needs a sigmoid on each unit; for one class out of {units} use (sparse) categorical cross-entropy with softmax</translation>
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
    </context>
    <context>
        <name>training</name>
        <message>
            <source>The loss exploded from {first} to {loss} at step {step}</source>
            <extracomment>A chunk of steps aims to take about this long: short enough that Pause answers at once, long enough that per-call overhead disappears. A loss this many times above the first step's loss counts as exploding. Monitor ``val_loss`` when there is eval data, else ``loss``. Put back the weights of the best epoch when stopping. completed epochs updates since the last reset (step, copy of the parameters) at the snapshot cadence, starting with step 0. Why the last run stopped on an error (a LayerLabError's message), if it did. Epochs to train one chunk each before chunks may span epochs again (after an undo).</extracomment>
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
