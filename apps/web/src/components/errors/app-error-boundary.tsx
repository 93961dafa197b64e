import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** Last line of defence for errors outside the router (providers, the router itself). */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Switchboard stopped because of an unexpected error', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="page-center">
        <div className="error-state" role="alert">
          <h1 className="error-state__title">Switchboard ran into a problem and stopped</h1>
          <p className="error-state__message">
            Nothing was changed in Zoom by this error. Reload the page to continue; if it happens again, tell your administrator what you were doing.
          </p>
          <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
            Reload Switchboard
          </button>
        </div>
      </main>
    );
  }
}
