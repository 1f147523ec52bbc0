import re
import xml.etree.ElementTree as ET

from django.utils.safestring import SafeString

from quizzes.simulations.diagram import graph_svg
from quizzes.simulations.rules import Graph, Option, Step, StepKind

NS = {"svg": "http://www.w3.org/2000/svg"}
SVG = "{http://www.w3.org/2000/svg}"

# intro -> decide; decide a: safe (late: harm), b: harm (critical), c: back to intro (the loop).
GRAPH = Graph(
    steps=(
        Step(
            "intro",
            StepKind.SITUATION,
            "A call from the school",
            options=(Option("Continue", "decide"),),
        ),
        Step(
            "decide",
            StepKind.DECISION,
            "What do you do first?",
            options=(
                Option("Refer to the CPU", "safe", protective=True, late_step="harm"),
                Option("Confront the parent", "harm", critical=True),
                Option("Ask the teacher again", "intro"),
            ),
        ),
        Step("safe", StepKind.END, "The child is safe"),
        Step("harm", StepKind.END, "The child is harmed", harmful=True),
    )
)


def root_of(markup):
    return ET.fromstring(str(markup))  # noqa: S314 -- our own output, the thing under test


def parse(graph):
    return root_of(graph_svg(graph))


def classes(element):
    return set(element.get("class", "").split())


def nodes(root):
    return {g.get("data-step"): g for g in root.iter(f"{SVG}g") if "node" in classes(g)}


def edges(root):
    return [g for g in root.iter(f"{SVG}g") if "edge" in classes(g)]


def edge(root, source, target, *, late=False):
    (found,) = [
        g
        for g in edges(root)
        if g.get("data-from") == source
        and g.get("data-to") == target
        and ("edge--late" in classes(g)) == late
    ]
    return found


def label(element):
    text = element.find("svg:text", NS)
    return None if text is None else text.text


def box(node):
    rect = node.find("svg:rect", NS)
    return tuple(float(rect.get(name)) for name in ("x", "y", "width", "height"))


def test_it_is_a_safe_accessible_left_to_right_svg():
    markup = graph_svg(GRAPH)
    assert isinstance(markup, SafeString)
    root = root_of(markup)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    assert root.get("direction") == "ltr"
    title = root.find("svg:title", NS)
    assert root.get("aria-labelledby") == title.get("id")
    assert title.text == "Simulation diagram: 4 steps"
    assert root.find("svg:defs/svg:marker[@id='arrow']", NS) is not None
    assert root.find("svg:style", NS) is None  # styled by its stylesheet, as the policy requires
    assert root.get("class") == "simulation-diagram"
    width, height = float(root.get("width")), float(root.get("height"))
    assert root.get("viewBox") == f"0 0 {root.get('width')} {root.get('height')}"
    assert not root.findall(".//svg:script", NS)
    assert "<script" not in str(markup)
    for node in nodes(root).values():
        x, y, w, h = box(node)
        assert x >= 0 and y >= 0 and x + w <= width and y + h <= height


def test_one_node_group_per_step_with_its_kind():
    found = nodes(parse(GRAPH))
    assert list(found) == ["intro", "decide", "safe", "harm"]
    assert "node--situation" in classes(found["intro"])
    assert "node--decision" in classes(found["decide"])
    assert "node--end" in classes(found["safe"]) and "node--end" in classes(found["harm"])
    assert "node--harmful" in classes(found["harm"]) and "node--harmful" not in classes(
        found["safe"]
    )
    assert not any("node--problem" in classes(node) for node in found.values())
    texts = [text.text for text in found["decide"].findall("svg:text", NS)]
    assert texts == ["decide", "What do you do first?"]
    assert found["decide"].find("svg:title", NS).text.startswith("decide — What do you do first?")


def test_steps_are_layered_by_distance_from_the_start_in_their_order():
    found = nodes(parse(GRAPH))
    top = {key: box(node)[1] for key, node in found.items()}
    assert top["intro"] < top["decide"] < top["safe"] == top["harm"]
    assert box(found["safe"])[0] < box(found["harm"])[0]
    # Boxes in a layer never overlap.
    (sx, _, sw, _), (hx, _, _, _) = box(found["safe"]), box(found["harm"])
    assert sx + sw < hx


def test_one_edge_per_link_to_an_existing_step():
    root = parse(GRAPH)
    links = sum(len(step.links) for step in GRAPH.steps)
    assert links == 5
    assert len(edges(root)) == links
    for g in edges(root):
        path = g.find("svg:path", NS)
        assert path.get("marker-end").startswith("url(#arrow")


def test_edges_are_labelled_by_option_letter():
    root = parse(GRAPH)
    assert label(edge(root, "intro", "decide")) is None  # a situation's single "continue"
    assert label(edge(root, "decide", "safe")) == "a"
    assert label(edge(root, "decide", "harm")) == "b ⚠"
    assert label(edge(root, "decide", "intro")) == "c"
    assert "late" in label(edge(root, "decide", "harm", late=True))


def test_critical_and_late_edges_have_their_classes():
    root = parse(GRAPH)
    critical = edge(root, "decide", "harm")
    assert {"edge", "edge--critical"} <= classes(critical)
    assert "edge--late" not in classes(critical)
    late = edge(root, "decide", "harm", late=True)
    assert {"edge", "edge--late"} <= classes(late)
    assert "edge--critical" not in classes(late)
    assert [g for g in edges(root) if "edge--critical" in classes(g)] == [critical]
    assert [g for g in edges(root) if "edge--late" in classes(g)] == [late]
    assert "url(#arrow-critical)" in critical.find("svg:path", NS).get("marker-end")


def test_a_back_edge_goes_round_the_side_into_the_targets_top():
    root = parse(GRAPH)
    intro = nodes(root)["intro"]
    x, y, w, _ = box(intro)
    d = edge(root, "decide", "intro").find("svg:path", NS).get("d")
    numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", d)]
    xs, ys = numbers[0::2], numbers[1::2]
    assert max(xs) > max(x + w for x, _, w, _ in map(box, nodes(root).values()))
    assert min(ys) < y  # comes in from above the start step
    assert x < xs[-1] < x + w and ys[-1] == y  # ends on its top edge


def test_a_step_linking_to_itself_is_drawn():
    graph = Graph(
        steps=(
            Step(
                "ask",
                StepKind.DECISION,
                "Ask",
                options=(Option("Again", "ask"), Option("Stop", "end")),
            ),
            Step("end", StepKind.END, "End"),
        )
    )
    root = parse(graph)
    assert len(edges(root)) == 2
    assert edge(root, "ask", "ask") is not None


def test_unreachable_and_dangling_steps_are_problems_and_dangling_links_are_not_drawn():
    graph = Graph(
        steps=(
            GRAPH.steps[0],
            Step(
                "decide",
                StepKind.DECISION,
                "What do you do first?",
                options=(
                    Option("Refer", "safe", late_step="gone"),
                    Option("Confront", "harm", critical=True),
                    Option("Wait", "missing"),
                ),
            ),
            *GRAPH.steps[2:],
            Step("orphan", StepKind.SITUATION, "Nobody gets here", options=(Option("Go", "safe"),)),
        )
    )
    root = parse(graph)
    found = nodes(root)
    problems = {key for key, node in found.items() if "node--problem" in classes(node)}
    assert problems == {"decide", "orphan"}
    # intro -> decide, decide -> safe and harm, orphan -> safe; nothing to "gone" or "missing".
    assert len(edges(root)) == 4
    assert not [g for g in edges(root) if g.get("data-to") in {"gone", "missing"}]
    assert "does not exist" in found["decide"].find("svg:title", NS).text
    assert "cannot be reached" in found["orphan"].find("svg:title", NS).text
    # The unreachable step is in a layer of its own, last.
    assert box(found["orphan"])[1] > max(
        box(node)[1] for key, node in found.items() if key != "orphan"
    )


def test_author_text_is_escaped():
    evil = '<script>alert("x")</script>'
    graph = Graph(
        steps=(
            Step(
                'k"><script>',
                StepKind.SITUATION,
                f"Hello {evil}",
                options=(Option(evil, "end"),),
            ),
            Step("end", StepKind.END, evil),
        )
    )
    markup = str(graph_svg(graph))
    root = root_of(markup)  # still well-formed
    assert not [el for el in root.iter() if el.tag.endswith("script")]
    assert "<script" not in markup
    found = nodes(root)
    assert set(found) == {'k"><script>', "end"}
    assert found["end"].find("svg:title", NS).text == f"end — {evil}"


def test_long_titles_are_truncated_with_an_ellipsis():
    title = "A very long title that goes on and on about the case"
    graph = Graph(steps=(Step("end", StepKind.END, title),))
    node = nodes(parse(graph))["end"]
    shown = node.findall("svg:text", NS)[1].text
    assert shown.endswith("…") and len(shown) <= 26
    assert title.startswith(shown[:-1])
    assert node.find("svg:title", NS).text == f"end — {title}"


def test_duplicate_keys_and_blank_keys_do_not_break_it():
    graph = Graph(
        steps=(
            Step("a", StepKind.SITUATION, "First", options=(Option("Go", "a"),)),
            Step("a", StepKind.END, "Same name"),
            Step("", StepKind.END, "No name"),
        )
    )
    root = parse(graph)
    groups = [g for g in root.iter(f"{SVG}g") if "node" in classes(g)]
    assert len(groups) == 3
    assert all("node--problem" in classes(g) for g in groups)


def test_an_empty_graph_says_there_are_no_steps():
    markup = graph_svg(Graph(steps=()))
    assert isinstance(markup, SafeString)
    root = root_of(markup)
    assert root.tag == f"{SVG}svg"
    assert root.find("svg:title", NS).text == "Simulation diagram: 0 steps"
    assert "no steps" in "".join(root.itertext())
    assert not nodes(root) and not edges(root)
