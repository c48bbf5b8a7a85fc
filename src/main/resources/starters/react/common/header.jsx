      <header className="app-header">
        <div className="container header-inner">
          <h1>{APP_NAME}</h1>
«toggle»        </div>
      </header>