import { ref, watch } from "vue";
import { STORAGE_PREFIX } from "./config.js";

function read(key, initial) {
  try {
    const saved = localStorage.getItem(key);
    return saved === null ? initial : JSON.parse(saved);
  } catch {
    return initial;
  }
}

function write(key, value) {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // No storage (a sandboxed preview, private mode, full quota): keep working in memory.
  }
}

/** A ref whose value survives reloads: it is kept in this browser's localStorage. */

export function useStoredRef(name, initial) {
  const key = `${STORAGE_PREFIX}:${name}`;
  const value = ref(read(key, initial));
  watch(value, (current) => write(key, current), { deep: true });

  return value;
}

export function newId() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}
