"""The training side of the window: worker, data and training panels, live plots, status bar.

Kept apart from ``main_window`` so the window's editing half stays readable; this module only
creates the pieces, docks them and wires the window's close to the worker's shutdown.
Layout: data beside the layer palette on the left, training controls above the inspector on
the right, and the plots under the canvas in two tab groups side by side: the network's output
(with landscape, activations, gradient flow and confusion matrix as tabs) and the loss (with
the problems list, which gives way to the loss curves when training starts).
"""

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from engine.errors import LayerLabError
from engine.messages import reason as exc_reason
from engine.project import Project
from gui.i18n import translated
from gui.panels.data import DataPanel
from gui.panels.training import TrainingPanel
from gui.panels.training_status import TrainingStatus
from gui.plots.activations import ActivationPlot
from gui.plots.boundary import BoundaryPlot
from gui.plots.confusion import ConfusionPlot
from gui.plots.diagnostics_feed import DiagnosticsFeed
from gui.plots.gradients import GradientPlot
from gui.plots.landscape import LandscapePlot
from gui.plots.loss import LossPlot
from gui.plots.unit_maps import UnitMapPainter
from gui.worker import TrainingWorker

if TYPE_CHECKING:
    from gui.main_window import MainWindow


@dataclass
class TrainingUi:
    worker: TrainingWorker
    data: DataPanel
    panel: TrainingPanel
    status: TrainingStatus
    loss: LossPlot
    boundary: BoundaryPlot
    landscape: LandscapePlot
    activations: ActivationPlot
    gradients: GradientPlot
    confusion: ConfusionPlot
    unit_maps: UnitMapPainter


def install(window: "MainWindow") -> TrainingUi:
    """Add the training panels and plots to ``window`` (before its saved layout is restored)."""
    document = window.document

    def base_dir():
        return window.files.path.parent if window.files.path else None

    worker = TrainingWorker(document, base_dir, window)
    feed = DiagnosticsFeed(worker, worker)
    ui = TrainingUi(
        worker=worker,
        data=DataPanel(document, base_dir, window),
        panel=TrainingPanel(document, worker, window),
        status=TrainingStatus(worker, window),
        loss=LossPlot(worker, window),
        boundary=BoundaryPlot(worker, window),
        landscape=LandscapePlot(worker, window),
        activations=ActivationPlot(worker, document, feed, window),
        gradients=GradientPlot(worker, feed, window),
        confusion=ConfusionPlot(worker, window),
        unit_maps=UnitMapPainter(worker, window.scene, window),
    )
    left, right, bottom = (
        Qt.DockWidgetArea.LeftDockWidgetArea,
        Qt.DockWidgetArea.RightDockWidgetArea,
        Qt.DockWidgetArea.BottomDockWidgetArea,
    )
    palette_dock = window.layer_palette.parentWidget()
    inspector_dock = window.inspector.parentWidget()
    problems_dock = window.problems.parentWidget()
    window.add_panel(ui.data, window.tr("Data"), left)
    palette_dock.raise_()
    training_dock = window.add_panel(ui.panel, window.tr("Training"), right, tabbed=False)
    window.splitDockWidget(training_dock, inspector_dock, Qt.Orientation.Vertical)
    boundary_dock = window.add_panel(ui.boundary, window.tr("Output"), bottom, tabbed=False)
    window.splitDockWidget(boundary_dock, problems_dock, Qt.Orientation.Horizontal)
    loss_dock = window.add_panel(ui.loss, window.tr("Loss"), bottom, tabbed=False)
    window.tabifyDockWidget(problems_dock, loss_dock)
    for plot, title in (
        (ui.landscape, window.tr("Loss landscape")),
        (ui.activations, window.tr("Activations")),
        (ui.gradients, window.tr("Gradient flow")),
        (ui.confusion, window.tr("Confusion matrix")),
    ):
        window.tabifyDockWidget(boundary_dock, window.add_panel(plot, title, bottom, tabbed=False))
    for plot in (ui.boundary, ui.loss, ui.landscape, ui.activations, ui.gradients, ui.confusion):
        plot.parentWidget().visibilityChanged.connect(plot.set_shown)
    boundary_dock.raise_()
    problems_dock.raise_()
    window.resizeDocks([boundary_dock], [400], Qt.Orientation.Vertical)
    window.resizeDocks([training_dock], [440], Qt.Orientation.Vertical)
    window.resizeDocks([training_dock, palette_dock], [360, 280], Qt.Orientation.Horizontal)
    window.resizeDocks([boundary_dock, loss_dock], [400, 400], Qt.Orientation.Horizontal)

    def show_loss(state: str, _reason: str) -> None:
        if state == "running":
            loss_dock.raise_()  # the curves, not the (empty) problems list, while training

    worker.state_changed.connect(show_loss)
    window.statusBar().addPermanentWidget(ui.status)
    window.about_to_close.connect(worker.shutdown)
    window.files.project_for_saving = lambda: project_for_saving(window, worker)
    return ui


def project_for_saving(window: "MainWindow", worker: TrainingWorker) -> Project:
    """What Save writes: the project with the weights trained in the window (and the scaling
    fitted for them), so the file predicts as the window does; the project as it is when the
    window has not trained, or when its weights went non-finite (said in the status bar)."""
    try:
        trained = worker.trained_project()
    except LayerLabError as exc:
        window.statusBar().showMessage(
            window.tr("Saved without the trained weights: %1").replace("%1", translated(exc_reason(exc))),
            10_000,
        )
        return window.document.project
    return trained if trained is not None else window.document.project
