import { useEffect, useState } from "react";
import { STORAGE_PREFIX } from "./config.js";

/** Like useState, but the value survives reloads: it is kept in this browser's localStorage. */
export function useStoredState(name, initial) {
  const key = `${STORAGE_PREFIX}:${name}`;
  const [value, setValue] = useState(() => {
    try {
      const saved = localStorage.getItem(key);
      return saved === null ? initial : JSON.parse(saved);
    } catch {
      return initial;
    }
  });
  useEffect(() => {
    try {
      localStorage.setItem(key, JSON.stringify(value));
    } catch {
      // No storage (a sandboxed preview, private mode, full quota): keep working in memory.
    }
  }, [key, value]);

  return [value, setValue];
}

export function newId() {
  return Date.now().toString(36) + Math.random().toString(36).slice(2, 8);
}
