import { formatDate, toIsoDate } from "../dates.js";

export default function «pascal»Item({ item, onToggle, onRemove }) {
  const overdue = !item.done && Boolean(item.dueDate) && item.dueDate < toIsoDate(new Date());
  return (
    <li className={item.done ? "todo-item done" : "todo-item"}>
      <label>
        <input type="checkbox" checked={item.done} onChange={onToggle} />
        <span className="todo-title">{item.title}</span>
      </label>
      {item.dueDate && (
        <span className={overdue ? "due overdue" : "due"}>
          {overdue ? "«uiOverdue»" : "«uiDue»"} {formatDate(item.dueDate)}
        </span>
      )}
      <button type="button" className="btn btn-danger btn-small" aria-label={`«uiDelete» ${item.title}`} onClick={onRemove}>
        «uiDelete»
      </button>
    </li>
  );
}
