export const APP_NAME = "Termine";
export const STORAGE_PREFIX = "termine";
