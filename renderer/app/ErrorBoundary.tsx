import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  /** Texts come from the caller so the boundary works even when the store is what broke. */
  title: string;
  hint: string;
  reloadLabel: string;
  children: ReactNode;
}

/** Bugs throw and end here (design.md, convention 8); expected problems never do. */
export class ErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.error('Samenhang crashed', error, info.componentStack);
  }

  override render() {
    if (!this.state.error) return this.props.children;
    return (
      <main className="crash" role="alert">
        <h1>{this.props.title}</h1>
        <p>{this.props.hint}</p>
        <pre>{this.state.error.message}</pre>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {this.props.reloadLabel}
        </button>
      </main>
    );
  }
}
