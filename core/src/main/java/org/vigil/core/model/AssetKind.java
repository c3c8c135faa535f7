package org.vigil.core.model;

/** What an asset is; each kind belongs to exactly one layer. */
public enum AssetKind {
    SERVER(Layer.CYBER),
    SERVICE(Layer.CYBER),
    APPLICATION(Layer.CYBER),
    NETWORK(Layer.CYBER),
    DATA_STORE(Layer.CYBER),
    ACCOUNT(Layer.CYBER),
    ENDPOINT(Layer.CYBER),
    FACILITY(Layer.PHYSICAL),
    WAREHOUSE(Layer.PHYSICAL),
    VEHICLE(Layer.PHYSICAL),
    TRACKING_DEVICE(Layer.PHYSICAL),
    COLD_CHAIN_SENSOR(Layer.PHYSICAL),
    PHARMACY(Layer.PHYSICAL),
    ATM(Layer.PHYSICAL),
    POS_TERMINAL(Layer.PHYSICAL),
    ROLE(Layer.HUMAN),
    STAFF_GROUP(Layer.HUMAN),
    COURIER(Layer.HUMAN),
    CUSTOMER_GROUP(Layer.HUMAN),
    BUSINESS_SERVICE(Layer.BUSINESS),
    BUSINESS_PROCESS(Layer.BUSINESS);

    private final Layer layer;

    AssetKind(Layer layer) {
        this.layer = layer;
    }

    public Layer layer() {
        return layer;
    }
}
