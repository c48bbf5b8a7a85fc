      <div className="field">
        <label htmlFor="post-category">«uiPostCategory»</label>
        <input id="post-category" name="category" type="text" list="category-options" value={draft.category} onChange={change} />
        <datalist id="category-options">
          {categories.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
      </div>
