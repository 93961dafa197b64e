/** How an admin adds scopes to the Server-to-Server OAuth app, step by step. */
export function MarketplaceSteps({ scopes }: { scopes: string[] }) {
  return (
    <ol className="setup-steps">
      <li>
        Sign in to the <a href="https://marketplace.zoom.us/user/build">Zoom App Marketplace</a> as an account admin and open{' '}
        <strong>Manage → Created Apps</strong>.
      </li>
      <li>Open Switchboard's Server-to-Server OAuth app, then its <strong>Scopes</strong> page.</li>
      <li>
        Choose <strong>Add Scopes</strong> and add{' '}
        {scopes.length > 0 ? (
          scopes.map((s, i) => (
            <span key={s}>
              {i > 0 ? (i === scopes.length - 1 ? ' and ' : ', ') : ''}
              <code>{s}</code>
            </span>
          ))
        ) : (
          'the scopes listed above'
        )}
        . Save, and re-activate the app if Zoom asks.
      </li>
      <li>
        Come back here and choose <strong>Check again</strong>: Zoom grants new scopes only to tokens issued after the change.
      </li>
    </ol>
  );
}
