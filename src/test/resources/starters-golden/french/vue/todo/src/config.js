export const APP_NAME = "Rendez-vous";
export const STORAGE_PREFIX = "rendez-vous";
