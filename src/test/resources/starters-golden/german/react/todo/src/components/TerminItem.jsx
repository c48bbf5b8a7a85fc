import { formatDate, toIsoDate } from "../dates.js";

export default function TerminItem({ item, onToggle, onRemove }) {
  const overdue = !item.done && Boolean(item.dueDate) && item.dueDate < toIsoDate(new Date());
  return (
    <li className={item.done ? "todo-item done" : "todo-item"}>
      <label>
        <input type="checkbox" checked={item.done} onChange={onToggle} />
        <span className="todo-title">{item.title}</span>
      </label>
      {item.dueDate && (
        <span className={overdue ? "due overdue" : "due"}>
          {overdue ? "Überfällig" : "Fällig"} {formatDate(item.dueDate)}
        </span>
      )}
      <button type="button" className="btn btn-danger btn-small" aria-label={`Löschen ${item.title}`} onClick={onRemove}>
        Löschen
      </button>
    </li>
  );
}
