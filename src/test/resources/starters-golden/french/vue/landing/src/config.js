export const APP_NAME = "My Product";
export const STORAGE_PREFIX = "my-product";
