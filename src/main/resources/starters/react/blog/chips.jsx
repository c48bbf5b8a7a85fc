      <div className="chips" role="group" aria-label="«uiFilterByCategory»">
        {[null, ...categories].map((name) => (
          <button key={name ?? "all"} type="button" className="chip" aria-pressed={active === name} onClick={() => setCategory(name)}>
            {name ?? "«uiAllCategories»"}
          </button>
        ))}
      </div>
