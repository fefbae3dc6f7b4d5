#!/usr/bin/env python3
"""Check that networkx loads newsgraph's JSON and GraphML exports alike.

Usage: python3 tests/python/check_networkx.py GRAPH.json GRAPH.graphml

Loads the node-link JSON with networkx.node_link_graph and the GraphML with
networkx.read_graphml, then asserts that both have the JSON's node and edge
counts and the same labels, kinds, counts (int) and confidences (float).
Exits non-zero with a message on the first mismatch.
"""

import json
import sys

import networkx as nx


def load_node_link(data):
    try:
        return nx.node_link_graph(data, edges="edges")
    except TypeError:
        # networkx < 3.4 names the parameter `link`.
        return nx.node_link_graph(data, link="edges")


def check(json_path, graphml_path):
    with open(json_path, encoding="utf-8") as f:
        data = json.load(f)
    nodes, edges = data["nodes"], data["edges"]

    g = load_node_link(data)
    assert g.is_directed() and g.is_multigraph(), "node-link graph must be a directed multigraph"
    assert g.number_of_nodes() == len(nodes), (g.number_of_nodes(), len(nodes))
    assert g.number_of_edges() == len(edges), (g.number_of_edges(), len(edges))

    h = nx.read_graphml(graphml_path)
    assert h.is_directed(), "GraphML graph must be directed"
    assert h.number_of_nodes() == len(nodes), (h.number_of_nodes(), len(nodes))
    assert h.number_of_edges() == len(edges), (h.number_of_edges(), len(edges))

    for node in nodes:
        for graph, name in ((g, "json"), (h, "graphml")):
            attrs = graph.nodes[node["id"]]
            assert attrs["label"] == node["label"], (name, node["id"], attrs["label"], node["label"])
            assert attrs["kind"] == node["kind"], (name, node["id"], attrs["kind"])
        assert isinstance(h.nodes[node["id"]]["mentions"], int), "mentions must load as int"

    for edge in edges:
        s, t = edge["source"], edge["target"]
        attrs = g.edges[s, t, edge["key"]]
        assert attrs["kind"] == edge["kind"], ("json", s, t, attrs["kind"])
        matches = [a for a in h.get_edge_data(s, t).values() if a["key"] == edge["key"]]
        assert len(matches) == 1, ("graphml", s, t, edge["key"], matches)
        a = matches[0]
        assert a["kind"] == edge["kind"], ("graphml", s, t, a["kind"])
        assert isinstance(a["count"], int) and a["count"] == edge["count"], ("count", a["count"])
        assert isinstance(a["confidence"], float), ("confidence type", type(a["confidence"]))
        assert abs(a["confidence"] - edge["confidence"]) < 1e-9, ("confidence", a["confidence"])
        assert isinstance(a["negated"], bool) and a["negated"] == edge["negated"], ("negated", a["negated"])
        assert json.loads(a["evidence"]) == edge["evidence"], ("evidence", a["evidence"])

    print(f"networkx {nx.__version__}: {len(nodes)} nodes and {len(edges)} edges agree")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2])
    check(sys.argv[1], sys.argv[2])
