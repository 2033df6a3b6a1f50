package dk.laerepladsklar.roleplay.entity;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The branching version of a scenario: nodes by id, and the one it starts at. Whether every reference resolves and
 * every path ends is the pack reader's check ({@code ScenarioPackReader}); a conversation only knows its nodes.
 */
public record Conversation(String start, List<Node> nodes) implements Serializable {

    public Conversation {
        Texts.requireId(start, "start node");
        nodes = Texts.requireSome(nodes, "conversation nodes");
        Map<String, Node> seen = new LinkedHashMap<>();
        for (Node node : nodes) {
            if (seen.put(node.id(), node) != null) {
                throw new IllegalArgumentException("Two nodes have the id " + node.id());
            }
        }
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Node first() {
        return node(start).orElseThrow(() -> new IllegalStateException("No start node " + start));
    }
}
