export const APP_NAME = "Rendez Vous Dashboard";
export const STORAGE_PREFIX = "rendez-vous-dashboard";
