import { Component, type ErrorInfo, type ReactNode } from 'react';
import { ErrorNotice } from './error-notice';

interface State {
  error?: Error;
}

/**
 * Last line of defence: an error thrown outside the router (in a provider, say) shows a readable
 * message and a way back instead of a blank page. Route errors are handled by RouteErrorBoundary.
 */
export class AppErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('The console crashed', error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    const consoleHome = import.meta.env.BASE_URL;
    if (!error) return this.props.children;
    return (
      <main style={{ padding: 24 }}>
        <h1>Something went wrong</h1>
        <ErrorNotice header="The console hit an unexpected error">
          {error.message || String(error)}
        </ErrorNotice>
        <p>
          <a href={consoleHome}>Reload the console</a>
        </p>
      </main>
    );
  }
}
