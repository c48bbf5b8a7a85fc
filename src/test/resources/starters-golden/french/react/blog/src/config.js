export const APP_NAME = "Mon blog";
export const STORAGE_PREFIX = "mon-blog";
