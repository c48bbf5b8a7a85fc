export const APP_NAME = "Cabinet de kinésithérapie";
export const STORAGE_PREFIX = "cabinet-de-kinesitherapie";
