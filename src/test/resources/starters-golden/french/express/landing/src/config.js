export const APP_NAME = "Cabinet de kinésithérapie";
