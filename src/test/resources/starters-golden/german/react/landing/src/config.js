export const APP_NAME = "Physiotherapie-Praxis";
export const STORAGE_PREFIX = "physiotherapie-praxis";
