package org.phaselab.service.param;

/** An on/off parameter. */
public record BoolParam(String key, String label, Boolean defaultValue, String help, boolean isAdvanced) implements Param<Boolean> {

    public static BoolParam of(String key, String label, boolean defaultValue, String help) {
        return new BoolParam(key, label, defaultValue, help, false);
    }

    public BoolParam advanced() {
        return new BoolParam(key, label, defaultValue, help, true);
    }

    @Override
    public Boolean check(Boolean value) {
        if (value == null) {
            throw new IllegalArgumentException(key + " must be true or false");
        }
        return value;
    }

    @Override
    public String display(Boolean value) {
        return value ? "on" : "off";
    }
}
