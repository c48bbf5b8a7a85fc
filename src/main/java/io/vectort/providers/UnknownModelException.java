package io.vectort.providers;

/** No alias, deployment or model of that name is configured. */
public class UnknownModelException extends RuntimeException {

    private final String model;

    public UnknownModelException(String model) {
        super("The model \"" + model + "\" does not exist or is not configured on this server");
        this.model = model;
    }

    public String model() {
        return model;
    }
}
