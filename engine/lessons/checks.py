"""One check per phenomenon the syllabus promises, registered by the name lesson files use.

Each check takes the lesson's state after its steps (the project and its training runs) and
the thresholds from the lesson file, and returns ``(passed, message)`` where the message
carries the measured numbers — so a failing lesson says how far off it is. The math is the
engine's own (activations, losses, landscape, diagnostics, test functions, export): a check
never re-derives what it asserts, or a bug could pass its own test.
"""

import itertools
import math
import tempfile
from collections.abc import Callable
from pathlib import Path

import numpy as np

from engine import (
    activations,
    backends,
    diagnostics,
    experiment,
    export,
    landscape,
    losses,
    serving,
    testfunctions,
)
from engine.data import load_dataset, split_dataset
from engine.lessons.runner import BACKEND, LessonState, Run, copy_project, train
from engine.project import Project
from engine.registry import Registry

Result = tuple[bool, str]
Check = Callable[..., Result]
CHECKS: Registry[Check] = Registry("lesson check")


def _line_weights(run: Run) -> tuple[float, float]:
    """(b, w) of a one-unit line model where its path ends: the last snapshot the landscape
    plot draws, or the trained weights when the run took no snapshots."""
    params = run.trajectory[-1][1] if run.trajectory else run.model.params
    unit = next(p for p in params.values() if "kernel" in p)
    return float(unit["bias"].reshape(-1)[0]), float(unit["kernel"].reshape(-1)[0])


@CHECKS.register("least_squares_path")
def least_squares_path(state: LessonState, run: str = "main", tolerance: float = 0.05) -> Result:
    """Lesson 1: gradient descent walks down L(b, w) to the least-squares line, never uphill."""
    r = state.runs[run]
    b_ls, w_ls = landscape.least_squares_line(*r.prepared.train)
    b, w = _line_weights(r)
    distance = math.hypot(b - b_ls, w - w_ls)
    rises = int(np.sum(np.diff(r.step_losses) > 1e-9 * max(1.0, float(r.step_losses[0]))))
    passed = distance <= tolerance and rises == 0 and r.diverged is None
    return passed, (
        f"path ends {distance:.3f} from least squares (b={b_ls:.2f}, w={w_ls:.2f}); "
        f"loss rose in {rises} of {len(r.step_losses)} steps"
    )


@CHECKS.register("learning_rates")
def learning_rates(
    state: LessonState,
    small: str = "small",
    good: str = "good",
    large: str = "large",
    small_min_fraction: float = 0.5,
    good_max_loss: float = 0.05,
) -> Result:
    """Lesson 2: too small is still high after N steps, good converges, too large blows up
    (and the trainer says so)."""
    s, g, la = state.runs[small], state.runs[good], state.runs[large]
    s_frac = float(s.step_losses[-1] / s.step_losses[0])
    g_loss = float(g.step_losses[-1])
    l_first, l_last = float(la.step_losses[0]), float(la.step_losses[-1])
    l_bad = not math.isfinite(l_last) or l_last > l_first or la.diverged is not None
    said_so = la.diverged is not None  # the trainer's Diverged event: what the app shows the student
    passed = s_frac >= small_min_fraction and g_loss <= good_max_loss and g.diverged is None
    passed = passed and l_bad and said_so
    said = f"“{la.diverged.split(':')[0]}”" if said_so else f"loss {l_first:.3g} → {l_last:.3g}, no warning"
    return passed, (
        f"small LR keeps {s_frac:.0%} of its first loss; good LR ends at {g_loss:.4f}; large LR: {said}"
    )


@CHECKS.register("batch_noise")
def batch_noise(
    state: LessonState, noisy: str = "batch 1", smooth: str = "full", min_ratio: float = 10.0
) -> Result:
    """Lesson 3: small batches make a noisy loss curve; steps per epoch = ceil(n / batch)."""
    noise = {k: float(np.var(np.diff(state.runs[k].step_losses))) for k in (noisy, smooth)}
    ratio = noise[noisy] / max(noise[smooth], 1e-30)
    wrong = []
    for label, r in state.runs.items():
        expected = -(-len(r.prepared.train[0]) // r.batch_size)
        if r.global_step != expected * r.epochs_done:
            wrong.append(f"{label}: {r.global_step / max(r.epochs_done, 1):g} ≠ {expected}")
    per_epoch = ", ".join(
        f"{k}: {r.global_step // epochs} steps/epoch ({r.seconds / epochs:.3f} s)"
        for k, r in state.runs.items()
        for epochs in [max(r.epochs_done, 1)]
    )
    passed = ratio >= min_ratio and not wrong
    return passed, (
        f"step-to-step loss variance {noisy} / {smooth} = {ratio:.3g} (need ≥ {min_ratio:g}); {per_epoch}"
        + (f"; wrong step counts: {'; '.join(wrong)}" if wrong else "")
    )


@CHECKS.register("reshuffle")
def reshuffle(state: LessonState, run: str = "main", epochs: int = 3) -> Result:
    """Lesson 4: the order the trainer fed the samples in (its own report of every epoch)
    changes from epoch to epoch, and training again with the same seed repeats it exactly."""
    r = state.runs[run]
    first = r.batch_orders
    again = train(copy_project(r.project), f"{run} again", r.epochs_done).batch_orders
    n = len(r.prepared.train[0])
    whole = all(np.array_equal(np.sort(o), np.arange(n)) for o in first)  # every sample once
    changed = sum(not np.array_equal(a, b) for a, b in itertools.pairwise(first))
    repeated = len(again) == len(first) and all(
        np.array_equal(a, b) for a, b in zip(first, again, strict=True)
    )
    passed = len(first) >= epochs and whole and changed == len(first) - 1 and repeated
    return passed, (
        f"order changed between {changed} of {max(len(first) - 1, 0)} epoch pairs; "
        f"same seed {'repeats' if repeated else 'does not repeat'} the order "
        f"({n} samples, batch {r.batch_size}, {r.global_step // max(r.epochs_done, 1)} steps per epoch)"
        + ("" if whole else "; an epoch did not use every sample exactly once")
    )


@CHECKS.register("activation_values")
def activation_values(
    state: LessonState,
    peak: str = "sigmoid",
    peak_value: float = 0.25,
    zero_centred: str = "tanh",
    lower_bounded: str = "swish",
    zero_slope_left: str = "relu",
    tolerance: float = 1e-4,
) -> Result:
    """Lesson 5: the numbers behind the curves, from engine/activations.py itself."""
    x = np.linspace(-20.0, 20.0, 40001)
    d_max = float(np.max(activations.get(peak).df(x)))
    f = activations.get(zero_centred).f
    odd = float(np.max(np.abs(f(x) + f(-x))))
    g = activations.get(lower_bounded).f(x)
    low, top = float(np.min(g)), float(g[-1])
    left = float(np.max(np.abs(activations.get(zero_slope_left).df(x[x < 0]))))
    passed = (
        abs(d_max - peak_value) <= tolerance
        and odd <= tolerance
        and low > -1.0
        and top >= 0.99 * x[-1]
        and left == 0.0
    )
    return passed, (
        f"max {peak}′ = {d_max:.4f}; {zero_centred}(x) + {zero_centred}(−x) ≤ {odd:.1e}; "
        f"{lower_bounded} ≥ {low:.4f} and reaches {top:.1f} at x = {x[-1]:g}; "
        f"{zero_slope_left}′(x<0) = {left:g}"
    )


def _val_accuracy(run: Run) -> float:
    return float(run.history["val_accuracy"][-1])


@CHECKS.register("nonlinearity")
def nonlinearity(
    state: LessonState,
    linear: tuple[str, ...] = ("linear",),
    nonlinear: tuple[str, ...] = ("tanh", "relu"),
    chance_max: float = 0.7,
    min_accuracy: float = 0.95,
) -> Result:
    """Lesson 6: stacked linear layers stay one linear map; a non-linearity separates the circle."""
    acc = {k: _val_accuracy(state.runs[k]) for k in (*linear, *nonlinear)}
    passed = all(acc[k] <= chance_max for k in linear) and all(acc[k] >= min_accuracy for k in nonlinear)
    return passed, "eval accuracy " + ", ".join(f"{k}: {v:.1%}" for k, v in acc.items())


@CHECKS.register("capacity")
def capacity(state: LessonState, runs: tuple[str, ...] = (), max_ratio: float = 0.9) -> Result:
    """Lesson 7: more hidden units, more pieces, a closer fit (each loss ≤ max_ratio × the last)."""
    fit = [state.runs[k].model.evaluate(*state.runs[k].prepared.train)["loss"] for k in runs]
    ratios = [b / a for a, b in itertools.pairwise(fit)]
    passed = all(r <= max_ratio for r in ratios)
    return passed, "fit error " + " → ".join(f"{k}: {v:.3g}" for k, v in zip(runs, fit, strict=True))


def _first_batch(run: Run, samples: int) -> tuple[np.ndarray, np.ndarray]:
    x, y = run.prepared.train
    return x[:samples], y[:samples]


@CHECKS.register("gradient_flow")
def gradient_flow(
    state: LessonState,
    vanishing: tuple[str, ...] = ("sigmoid",),
    healthy: tuple[str, ...] = ("relu",),
    max_vanishing_ratio: float = 0.05,
    healthy_range: tuple[float, float] = (0.2, 5.0),
    samples: int = 64,
) -> Result:
    """Lesson 8: first/last layer gradient norm (engine/diagnostics.py) fades with sigmoid."""
    ratio = {}
    for k in (*vanishing, *healthy):
        r = state.runs[k]
        ratio[k] = diagnostics.gradient_ratio(diagnostics.layer_stats(r.model, *_first_batch(r, samples)))
    lo, hi = healthy_range
    passed = all(ratio[k] <= max_vanishing_ratio for k in vanishing) and all(
        lo <= ratio[k] <= hi for k in healthy
    )
    return passed, "gradient norm first/last layer " + ", ".join(f"{k}: {v:.3g}" for k, v in ratio.items())


def _layer_id(run: Run, name: str) -> str:
    return next(n.id for n in run.model.graph.nodes.values() if n.name == name)


@CHECKS.register("same_sign_updates")
def same_sign_updates(
    state: LessonState,
    positive: tuple[str, ...] = ("sigmoid",),
    centred: tuple[str, ...] = ("tanh",),
    layer: str = "out",
    samples: int = 50,
    max_centred_share: float = 0.5,
) -> Result:
    """Lesson 9: with all-positive inputs (sigmoid outputs) every weight of a unit gets an
    update of the same sign from one sample, so the path can only zig-zag."""
    engine = backends.get(BACKEND)
    share = {}
    for k in (*positive, *centred):
        r = state.runs[k]
        net, nid = r.model.network, _layer_id(r, layer)
        x, y = _first_batch(r, samples)
        same = 0
        for i in range(len(x)):
            _, grads, _ = engine.loss_and_gradients(net, r.model.params, x[i : i + 1], y[i : i + 1])
            signs = np.sign(grads[nid]["kernel"])
            same += all(len(set(col[col != 0])) <= 1 for col in signs.T)
        share[k] = same / len(x)
    passed = all(share[k] == 1.0 for k in positive) and all(share[k] <= max_centred_share for k in centred)
    return passed, "samples whose updates to a unit all share one sign: " + ", ".join(
        f"{k}: {v:.0%}" for k, v in share.items()
    )


@CHECKS.register("dead_units")
def dead_units(
    state: LessonState,
    dying: tuple[str, ...] = ("relu",),
    alive: tuple[str, ...] = ("leaky_relu",),
    layer: str = "hidden",
    min_dead: float = 0.5,
    max_alive_dead: float = 0.05,
    samples: int = 256,
) -> Result:
    """Lesson 10: after training, the share of units whose slope is 0 on every sample."""
    dead = {}
    for k in (*dying, *alive):
        r = state.runs[k]
        stats = diagnostics.layer_stats(r.model, *_first_batch(r, samples))
        dead[k] = next(s.dead_fraction for s in stats if s.name == layer)
    passed = all(dead[k] >= min_dead for k in dying) and all(dead[k] <= max_alive_dead for k in alive)
    return passed, f"dead units in {layer}: " + ", ".join(f"{k}: {v:.0%}" for k, v in dead.items())


@CHECKS.register("loss_values")
def loss_values(
    state: LessonState,
    p: float = 0.8,
    expected_ln: float = 0.2231,
    expected_log10: float = 0.0969,
    tolerance: float = 5e-5,
    true_line: tuple[float, float] = (1.0, 2.0),
    robust: str = "mae",
    pulled: str = "mse",
) -> Result:
    """Lesson 11: the notes' worked example, and MAE less pulled by outliers than MSE."""
    ln = losses.get("binary_crossentropy")(np.array([[p]]), np.array([[1.0]]))
    log10 = ln / math.log(10)
    off = {}
    for k in (robust, pulled):
        b, w = _line_weights(state.runs[k])
        off[k] = math.hypot(b - true_line[0], w - true_line[1])
    passed = abs(ln - expected_ln) <= tolerance and abs(log10 - expected_log10) <= tolerance
    passed = passed and off[robust] < off[pulled]
    return passed, (
        f"−log(p={p:g}) = {ln:.4f} (ln), {log10:.4f} (log₁₀); line ends {off[robust]:.3f} from the true line "
        f"with {robust.upper()}, {off[pulled]:.3f} with {pulled.upper()}"
    )


@CHECKS.register("softmax_rows")
def softmax_rows(state: LessonState, run: str = "main", tolerance: float = 1e-5) -> Result:
    """Lesson 12: single-label outputs are a probability distribution per sample."""
    r = state.runs[run]
    sums = r.model.predict(r.prepared.eval[0]).sum(axis=1)
    worst = float(np.max(np.abs(sums - 1.0)))
    return worst <= tolerance, f"{len(sums)} rows of outputs sum to 1 within {worst:.1e}"


@CHECKS.register("split_counts")
def split_counts(
    state: LessonState, expected: dict[str, int] | None = None, max_ratio_error: float = 0.02
) -> Result:
    """Lesson 13: split sizes as configured, and every split keeps the data set's class mix."""
    project = state.project
    dataset = load_dataset(project.dataset)
    split = split_dataset(dataset, project.split, seed=project.seed or 0)
    sizes = split.sizes()
    overall = np.bincount(dataset.y) / len(dataset.y)
    error = max(
        float(np.max(np.abs(np.array(c) / max(sum(c), 1) - overall)))
        for c in split.class_counts.values()
        if sum(c)
    )
    passed = sizes == dict(expected or {}) and error <= max_ratio_error
    return passed, f"sizes {sizes}; class shares within {error:.3f} of the whole set's"


@CHECKS.register("overfitting")
def overfitting(
    state: LessonState,
    plain: str = "plain",
    fixes: tuple[str, ...] = (),
    min_gap: float = 0.1,
    max_fraction: float = 0.5,
) -> Result:
    """Lesson 14: eval − train loss opens up for a big net on few noisy points; a fix closes it."""

    def gap(r: Run) -> float:
        return r.model.evaluate(*r.prepared.eval)["loss"] - r.model.evaluate(*r.prepared.train)["loss"]

    p = state.runs[plain]
    # Overfitting sets in where the eval loss is lowest: from there on it rises while the train
    # loss keeps falling, so the gap must be wider at the end than at that epoch.
    best = int(np.argmin(p.history["val_loss"]))
    at_best = p.history["val_loss"][best] - p.history["loss"][best]
    gaps = {k: gap(state.runs[k]) for k in (plain, *fixes)}
    passed = gaps[plain] >= min_gap and gaps[plain] > at_best
    passed = passed and all(gaps[k] <= max_fraction * gaps[plain] for k in fixes)
    return passed, (
        f"eval loss lowest at epoch {best + 1} (gap {at_best:.3f}); final gap eval − train "
        + ", ".join(f"{k}: {v:.3f}" for k, v in gaps.items())
    )


@CHECKS.register("optimizer_race")
def optimizer_race(
    state: LessonState,
    race: str = "race",
    baseline: str = "sgd",
    faster: tuple[str, ...] = ("momentum", "adam"),
) -> Result:
    """Lesson 15: on the banana valley, momentum and Adam arrive in fewer steps than SGD."""
    function, paths = state.races[race]
    threshold = testfunctions.get(function).threshold
    arrived = {p.optimizer: p.steps_to(threshold) for p in paths}
    base = arrived[baseline]
    passed = all(arrived[k] is not None and (base is None or arrived[k] < base) for k in faster)
    return passed, f"steps to f < {threshold:g} on {function}: " + ", ".join(
        f"{k}: {'never' if v is None else v}" for k, v in arrived.items()
    )


@CHECKS.register("hessian_classify")
def hessian_classify(state: LessonState, expected: dict[str, str] | None = None) -> Result:
    """Lesson 16: the signs of the Hessian's eigenvalues say minimum, saddle or maximum."""
    found, passed = [], bool(expected)
    for label, kind in (expected or {}).items():
        c = state.curvatures[label]
        passed = passed and c.kind == kind
        found.append(f"{label}: λ = ({', '.join(f'{v:.3g}' for v in c.eigenvalues)}) → {c.kind}")
    return passed, "; ".join(found)


@CHECKS.register("normalization_speed")
def normalization_speed(
    state: LessonState, raw: str = "raw", scaled: str = "standardized", threshold: float = 0.3
) -> Result:
    """Lesson 17: with scaled features the loss reaches the threshold in fewer steps."""

    def steps_to(r: Run) -> int | None:
        below = np.flatnonzero(r.step_losses <= threshold)
        return int(below[0]) + 1 if below.size else None

    n_raw, n_scaled = steps_to(state.runs[raw]), steps_to(state.runs[scaled])
    passed = n_scaled is not None and (n_raw is None or n_scaled < n_raw)

    def said(n: int | None, r: Run) -> str:
        return f"{n} steps" if n is not None else f"not within {r.global_step} steps"

    return passed, (
        f"loss ≤ {threshold:g}: {scaled} {said(n_scaled, state.runs[scaled])}, "
        f"{raw} {said(n_raw, state.runs[raw])}"
    )


@CHECKS.register("min_accuracy")
def min_accuracy(state: LessonState, run: str = "main", split: str = "test", minimum: float = 0.95) -> Result:
    """Lesson 18: the Keras example reaches the accuracy the notes report."""
    r = state.runs[run]
    data = getattr(r.prepared, split)
    acc = r.model.evaluate(*data)["accuracy"]
    return acc >= minimum, f"{split} accuracy {acc:.1%} on {len(data[0])} samples (need ≥ {minimum:.0%})"


@CHECKS.register("gradient_check")
def gradient_check(
    state: LessonState, samples: int = 8, epsilon: float = 1e-6, tolerance: float = 1e-5
) -> Result:
    """Lesson 19: backpropagation's gradients equal finite differences of the loss."""
    project = copy_project(state.project)
    project.dtype = "float64"
    model = project.to_model()
    x, y = experiment.prepare(project, model).train
    x, y = x[:samples].astype(np.float64), y[:samples]
    engine, net = backends.get(BACKEND), model.network
    _, grads, _ = engine.loss_and_gradients(net, model.params, x, y)
    worst, count = 0.0, 0
    for nid, arrays in model.params.items():
        for name, array in arrays.items():
            for index in np.ndindex(array.shape):
                keep = array[index]
                array[index] = keep + epsilon
                up = engine.loss(net, model.params, x, y)
                array[index] = keep - epsilon
                down = engine.loss(net, model.params, x, y)
                array[index] = keep
                numeric = (up - down) / (2 * epsilon)
                error = abs(numeric - grads[nid][name][index]) / max(1.0, abs(numeric))
                worst, count = max(worst, error), count + 1
    return worst <= tolerance, f"{count} gradients agree with finite differences within {worst:.1e}"


@CHECKS.register("export_roundtrip")
def export_roundtrip(
    state: LessonState, run: str = "main", compare_with: str | None = None, tolerance: float = 1e-5
) -> Result:
    """Lesson 20: the saved project and its ONNX export, each loaded as a predictor the way
    ``layerlab serve`` loads them, answer raw samples exactly as LayerLab predicted them."""
    r = state.runs[run]
    reference = state.runs[compare_with or run]
    trained = Project.from_model(r.model, dataset=r.project.dataset, split=r.project.split)
    trained.training = {**r.project.training, **trained.training}
    trained.scaling = experiment.fitted_scaling(r.prepared)
    raw = r.prepared.dataset.x[r.prepared.split.eval]  # as a client sends them: unscaled
    expected = reference.model.predict(r.prepared.eval[0])
    worst = {}
    with tempfile.TemporaryDirectory() as tmp:
        saved, exported = Path(tmp) / "model.layerlab", Path(tmp) / "model.onnx"
        trained.save(saved)
        export.export_project(trained, "onnx", exported)
        for label, path in (("project", saved), ("ONNX", exported)):
            served = serving.load_predictor(path).predict(raw, str(path))
            worst[label] = float(np.max(np.abs(served - expected)))
    passed = all(v <= tolerance for v in worst.values())
    return passed, f"{len(raw)} predictions reproduced by the saved " + " and the exported ".join(
        f"{k} within {v:.1e}" for k, v in worst.items()
    )
