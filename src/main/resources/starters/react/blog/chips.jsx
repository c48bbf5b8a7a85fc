      <div className="chips" role="group" aria-label="Filter by category">
        {[null, ...categories].map((name) => (
          <button key={name ?? "all"} type="button" className="chip" aria-pressed={active === name} onClick={() => setCategory(name)}>
            {name ?? "All"}
          </button>
        ))}
      </div>
