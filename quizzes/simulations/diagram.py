"""A case simulation's graph drawn as an inline SVG, for authors previewing it in the CMS (styled
by static/css/simulation-diagram.css: the pages' policy allows no inline style).

Pure: a Graph in, SVG markup out. Steps are laid out top to bottom in layers by their distance
from the start (steps that cannot be reached go in a last layer); within a layer they keep the
order the author gave them. An option that leads one layer down is a curve from the source's
bottom to the target's top; every other link (back to an earlier layer, within a layer, a step
to itself) is routed through the gap under its source, along a lane at the right-hand side and
into the target's top from above, so loops stay visible and never cross a step's box.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .rules import Graph, Option, Step, StepKind, graph_problems

NODE_WIDTH = 180
NODE_HEIGHT = 56
GAP_X = 24
GAP_Y = 56
PAD = 16  # around the drawing
LANE_GAP = 12  # between the lanes of back edges on the right
RUN_OFFSET = 14  # a back edge's horizontal run, this far under its source (or over its target)
RUN_STEP = 4  # between the runs of back edges sharing a gap
RUNS_PER_GAP = 4  # then the runs repeat (the gap is only so tall)
CORNER = 6
TITLE_CHARS = 26
TITLE_ID = "simulation-diagram-title"


@dataclass
class _Box:
    x: float
    y: float

    @property
    def center(self) -> float:
        return self.x + NODE_WIDTH / 2

    @property
    def bottom(self) -> float:
        return self.y + NODE_HEIGHT


@dataclass
class _Edge:
    source: int  # index into graph.steps
    target: int
    option: Option
    label: str
    late: bool
    source_key: str
    target_key: str
    back: bool = False  # routed along the right-hand lanes
    lane: int = 0
    run_below: int = 0  # which run in the gap under the source
    run_above: int = 0  # which run in the gap over the target
    start_x: float = 0
    end_x: float = 0


def graph_svg(graph: Graph) -> SafeString:
    """The simulation's steps and options as an SVG diagram; author text is always escaped."""
    steps = graph.steps
    title = ngettext(
        "Simulation diagram: %(count)s step", "Simulation diagram: %(count)s steps", len(steps)
    ) % {"count": len(steps)}
    if not steps:
        return _svg(
            title,
            320,
            56,
            f'<text class="empty" x="160" y="32" text-anchor="middle">'
            f"{escape(_('There are no steps yet.'))}</text>",
        )

    index = {}  # key -> first step with it (the one Graph.step finds)
    for i, step in enumerate(steps):
        index.setdefault(step.key, i)
    layers = _layers(graph, index)
    boxes, content_width = _place(layers)
    layer_of = {i: n for n, layer in enumerate(layers) for i in layer}
    edges = _edges(steps, index, layer_of)
    back = [edge for edge in edges if edge.back]
    below_runs: dict[int, int] = {}
    above_runs: dict[int, int] = {}
    for lane, edge in enumerate(back):
        edge.lane = lane
        edge.run_below = below_runs.get(layer_of[edge.source], 0)
        below_runs[layer_of[edge.source]] = edge.run_below + 1
        edge.run_above = above_runs.get(layer_of[edge.target], 0)
        above_runs[layer_of[edge.target]] = edge.run_above + 1

    top = _runs_height(above_runs.get(0, 0))
    bottom = _runs_height(below_runs.get(len(layers) - 1, 0))
    for box in boxes:
        box.y += top
    _spread_ends(edges, boxes)
    lanes_x = PAD + content_width + (GAP_X if back else 0)
    width = lanes_x + max(len(back) - 1, 0) * LANE_GAP + PAD
    height = top + len(layers) * NODE_HEIGHT + (len(layers) - 1) * GAP_Y + bottom

    problems: dict[str, list[str]] = {}
    for problem in graph_problems(graph):
        problems.setdefault(problem.step, []).append(str(problem))
    body = [_edge_svg(edge, boxes, lanes_x) for edge in edges]
    body += [_node_svg(step, boxes[i], problems) for i, step in enumerate(steps)]
    return _svg(title, width, height, "\n".join(body))


def _svg(title: str, width: float, height: float, body: str) -> SafeString:
    width, height = _num(width), _num(height)
    return mark_safe(  # noqa: S308 -- every piece of text in it went through escape()
        f'<svg xmlns="http://www.w3.org/2000/svg" class="simulation-diagram" '
        f'width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        f'role="img" aria-labelledby="{TITLE_ID}" direction="ltr">\n'
        f'<title id="{TITLE_ID}">{escape(title)}</title>\n'
        "<defs>\n"
        f"{_marker('arrow')}\n{_marker('arrow-critical')}\n"
        "</defs>\n"
        f"{body}\n</svg>"
    )


def _marker(marker_id: str) -> str:
    return (
        f'<marker id="{marker_id}" viewBox="0 0 10 10" refX="9" refY="5" '
        'markerWidth="7" markerHeight="7" orient="auto-start-reverse">'
        '<path d="M0,0 L10,5 L0,10 z"/></marker>'
    )


def _layers(graph: Graph, index: dict[str, int]) -> list[list[int]]:
    """Step indexes by layer: shortest distance from the start, the unreachable ones last."""
    steps = graph.steps
    distance = {0: 0}
    queue = deque([0])
    while queue:
        i = queue.popleft()
        for key in steps[i].links:
            target = index.get(key)
            if target is not None and target not in distance:
                distance[target] = distance[i] + 1
                queue.append(target)
    count = max(distance.values()) + 1
    layers: list[list[int]] = [[] for _ in range(count)]
    unreachable = []
    for i in range(len(steps)):
        if i in distance:
            layers[distance[i]].append(i)
        else:
            unreachable.append(i)
    if unreachable:
        layers.append(unreachable)
    return layers


def _place(layers: list[list[int]]) -> tuple[list[_Box], float]:
    """Each step's box (y not yet moved down for the top margin), and the widest layer's width."""
    widths = [len(layer) * NODE_WIDTH + (len(layer) - 1) * GAP_X for layer in layers]
    content_width = max(widths)
    boxes: dict[int, _Box] = {}
    for n, layer in enumerate(layers):
        x = PAD + (content_width - widths[n]) / 2
        for i in layer:
            boxes[i] = _Box(x, n * (NODE_HEIGHT + GAP_Y))
            x += NODE_WIDTH + GAP_X
    return [boxes[i] for i in range(len(boxes))], content_width


def _edges(steps: tuple[Step, ...], index: dict[str, int], layer_of: dict[int, int]) -> list[_Edge]:
    """One edge per link to a step that exists (links to missing steps are problems instead)."""
    edges = []
    for source, step in enumerate(steps):
        lettered = not (step.kind == StepKind.SITUATION and len(step.options) == 1)
        for n, option in enumerate(step.options):
            letter = _letter(n) if lettered else ""
            warning = " ⚠" if option.critical else ""
            for key, late in ((option.next_step, False), (option.late_step, True)):
                target = index.get(key) if key else None
                if target is None:
                    continue
                label = f"{letter} late".strip() if late else letter
                label = f"{label}{warning}".strip()
                back = layer_of[target] != layer_of[source] + 1
                edges.append(_Edge(source, target, option, label, late, step.key, key, back))
    return edges


def _letter(n: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return letters[n] if n < len(letters) else str(n + 1)


def _spread_ends(edges: list[_Edge], boxes: list[_Box]) -> None:
    """Spread the edges leaving (and entering) a box along its bottom (top), in a sensible order.

    Edges to the left leave on the left; back edges leave and arrive on the right, where their
    lanes are.
    """
    outgoing: dict[int, list[_Edge]] = {}
    incoming: dict[int, list[_Edge]] = {}
    for edge in edges:
        outgoing.setdefault(edge.source, []).append(edge)
        incoming.setdefault(edge.target, []).append(edge)
    for source, group in outgoing.items():
        group.sort(key=lambda e: (e.back, e.lane if e.back else boxes[e.target].x))
        for n, edge in enumerate(group):
            edge.start_x = boxes[source].x + NODE_WIDTH * (n + 1) / (len(group) + 1)
    for target, group in incoming.items():
        group.sort(key=lambda e: (e.back, e.lane if e.back else boxes[e.source].x))
        for n, edge in enumerate(group):
            edge.end_x = boxes[target].x + NODE_WIDTH * (n + 1) / (len(group) + 1)


def _runs_height(runs: int) -> float:
    """Room above the first layer (or below the last) for back edges' runs, or a plain margin."""
    if not runs:
        return PAD
    return max(PAD, RUN_OFFSET + RUN_STEP * (min(runs, RUNS_PER_GAP) - 1) + CORNER + 4)


def _edge_svg(edge: _Edge, boxes: list[_Box], lanes_x: float) -> str:
    source, target = boxes[edge.source], boxes[edge.target]
    x0, y0 = edge.start_x, source.bottom
    x1, y1 = edge.end_x, target.y
    if edge.back:
        below = y0 + RUN_OFFSET + RUN_STEP * (edge.run_below % RUNS_PER_GAP)
        above = y1 - RUN_OFFSET - RUN_STEP * (edge.run_above % RUNS_PER_GAP)
        lane = lanes_x + edge.lane * LANE_GAP
        d = _rounded([(x0, y0), (x0, below), (lane, below), (lane, above), (x1, above), (x1, y1)])
        label_x, label_y, anchor = x0 + 4, y0 + 11, "start"  # over the run
    else:
        middle = (y0 + y1) / 2
        d = (
            f"M{_num(x0)},{_num(y0)} C{_num(x0)},{_num(middle)} "
            f"{_num(x1)},{_num(middle)} {_num(x1)},{_num(y1)}"
        )
        label_x, label_y, anchor = (x0 + x1) / 2, middle + 4, "middle"
    classes = "edge"
    if edge.late:
        classes += " edge--late"
    if edge.option.critical:
        classes += " edge--critical"
    marker = "arrow-critical" if edge.option.critical else "arrow"
    label = (
        f'<text x="{_num(label_x)}" y="{_num(label_y)}" text-anchor="{anchor}">'
        f"{escape(edge.label)}</text>"
        if edge.label
        else ""
    )
    return (
        f'<g class="{classes}" data-from="{escape(edge.source_key)}" '
        f'data-to="{escape(edge.target_key)}">'
        f"<title>{escape(edge.option.text)}</title>"
        f'<path d="{d}" marker-end="url(#{marker})"/>{label}</g>'
    )


def _rounded(points: list[tuple[float, float]]) -> str:
    """A path through the points with its corners rounded."""
    d = [f"M{_num(points[0][0])},{_num(points[0][1])}"]
    for (ax, ay), (bx, by), (cx, cy) in zip(points, points[1:], points[2:], strict=False):
        r_in = min(CORNER, abs(bx - ax) / 2 + abs(by - ay) / 2)
        r_out = min(CORNER, abs(cx - bx) / 2 + abs(cy - by) / 2)
        px, py = bx - _sign(bx - ax) * r_in, by - _sign(by - ay) * r_in
        qx, qy = bx + _sign(cx - bx) * r_out, by + _sign(cy - by) * r_out
        d.append(f"L{_num(px)},{_num(py)} Q{_num(bx)},{_num(by)} {_num(qx)},{_num(qy)}")
    d.append(f"L{_num(points[-1][0])},{_num(points[-1][1])}")
    return " ".join(d)


def _sign(value: float) -> int:
    return (value > 0) - (value < 0)


def _node_svg(step: Step, box: _Box, problems: dict[str, list[str]]) -> str:
    classes = f"node node--{step.kind.value}"
    if step.harmful:
        classes += " node--harmful"
    notes = problems.get(step.key, [])
    if not step.key.strip():  # graph_problems names an unnamed step "?"
        notes = [*notes, *problems.get("?", [])]
    if notes:
        classes += " node--problem"
    tooltip = "\n".join([f"{step.key} — {step.title}" if step.title else step.key, *notes])
    return (
        f'<g class="{classes}" data-step="{escape(step.key)}">'
        f"<title>{escape(tooltip)}</title>"
        f'<rect x="{_num(box.x)}" y="{_num(box.y)}" width="{NODE_WIDTH}" '
        f'height="{NODE_HEIGHT}" rx="6"/>'
        f'<text class="node__key" x="{_num(box.center)}" y="{_num(box.y + 23)}" '
        f'text-anchor="middle">{escape(_truncate(step.key or "?"))}</text>'
        f'<text class="node__title" x="{_num(box.center)}" y="{_num(box.y + 41)}" '
        f'text-anchor="middle">{escape(_truncate(step.title))}</text>'
        "</g>"
    )


def _truncate(text: str, limit: int = TITLE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _num(value: float) -> str:
    """A coordinate, without a trailing .0."""
    return f"{value:.1f}".rstrip("0").rstrip(".")
