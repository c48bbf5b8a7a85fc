export const APP_NAME = "My Blog";
export const STORAGE_PREFIX = "my-blog";
