"""Text renderings of a flow graph (Mermaid and Graphviz dot) for review and documentation."""

from __future__ import annotations

from sharedesk.core.flow.model import Flow, NodeKind


def _label(text: str) -> str:
    return text.replace('"', "'").replace("\n", " ")


def to_mermaid(flow: Flow) -> str:
    lines = ["flowchart TD"]
    for node in flow.nodes.values():
        label = _label(node.title)
        shape = {NodeKind.QUESTION: f'{node.id}{{"{label}"}}',
                 NodeKind.OUTCOME: f'{node.id}(["{label}"])'}.get(node.kind, f'{node.id}["{label}"]')
        lines.append(f"    {shape}")
    for node in flow.nodes.values():
        for choice in node.choices:
            lines.append(f'    {node.id} -- "{_label(choice.label)}" --> {choice.target}')
        if node.next:
            lines.append(f"    {node.id} --> {node.next}")
        if node.kind is NodeKind.ADVICE:
            for source in flow.nodes.values():
                if node.id in source.targets():
                    lines.append(f'    {node.id} -. "return" .-> {source.id}')
    return "\n".join(lines) + "\n"


def to_dot(flow: Flow) -> str:
    lines = [f'digraph "{flow.id}" {{', "    rankdir=TB;"]
    for node in flow.nodes.values():
        shape = {NodeKind.QUESTION: "diamond", NodeKind.OUTCOME: "doubleoctagon"}.get(node.kind, "box")
        lines.append(f'    "{node.id}" [shape={shape}, label="{_label(node.title)}"];')
    for node in flow.nodes.values():
        for choice in node.choices:
            lines.append(f'    "{node.id}" -> "{choice.target}" [label="{_label(choice.label)}"];')
        if node.next:
            lines.append(f'    "{node.id}" -> "{node.next}";')
        if node.kind is NodeKind.ADVICE:
            for source in flow.nodes.values():
                if node.id in source.targets():
                    lines.append(f'    "{node.id}" -> "{source.id}" [style=dashed, label="return"];')
    lines.append("}")
    return "\n".join(lines) + "\n"
