package org.phaselab.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Map;
import org.phaselab.theory.numerics.Convergence;

/**
 * JSON output of the command line: one object per call on stdout. Numbers are JSON numbers; a
 * quantity that was not computed (a solver that did not converge) is written as null, never NaN.
 */
public final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

    private Json() {}

    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    public static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /** Puts a number, or null when it is NaN or infinite (JSON has no NaN). */
    public static ObjectNode putNumber(ObjectNode node, String key, double value) {
        if (Double.isFinite(value)) {
            node.put(key, value);
        } else {
            node.putNull(key);
        }
        return node;
    }

    /** Puts "converged" and, when it did not, "reason": why (the failure kind and the numbers that show it). */
    public static ObjectNode putConvergence(ObjectNode node, Convergence c) {
        node.put("converged", c.converged());
        if (!c.converged()) {
            node.put("reason", c.reason());
        }
        return node;
    }

    /** Prints the object on one line; a NaN or infinite number anywhere in it is written as null (strict JSON). */
    public static void print(PrintWriter out, ObjectNode node) {
        nullNonFinite(node);
        try {
            out.println(MAPPER.writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write JSON", e);
        }
    }

    /** Replaces every NaN or infinite number in the tree by null, in place. */
    static void nullNonFinite(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (isNonFinite(field.getValue())) {
                    field.setValue(NullNode.getInstance());
                } else {
                    nullNonFinite(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (isNonFinite(array.get(i))) {
                    array.set(i, NullNode.getInstance());
                } else {
                    nullNonFinite(array.get(i));
                }
            }
        }
    }

    private static boolean isNonFinite(JsonNode v) {
        return v.isFloatingPointNumber() && !Double.isFinite(v.doubleValue());
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }
}
