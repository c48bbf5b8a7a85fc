export const APP_NAME = "Mein Blog";
export const STORAGE_PREFIX = "mein-blog";
