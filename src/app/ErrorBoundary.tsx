// Catches a crash in a screen and offers a way back, instead of a blank page. A screen of an older
// version whose script is gone (another tab took an update) offers the new version instead.
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { isChunkLoadError, NewVersionScreen } from '../pwa';

interface ErrorBoundaryProps {
  fallback: (reset: () => void) => ReactNode;
  children: ReactNode;
}

interface ErrorBoundaryState {
  hasError: boolean;
  isOldVersion: boolean;
}

/** Renders `fallback` when a child throws while rendering, or the way to the new version. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  state = { hasError: false, isOldVersion: false };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { hasError: true, isOldVersion: isChunkLoadError(error) };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error(error, info.componentStack);
  }

  render(): ReactNode {
    if (this.state.isOldVersion) return <NewVersionScreen />;
    if (this.state.hasError) {
      return this.props.fallback(() => this.setState({ hasError: false, isOldVersion: false }));
    }
    return this.props.children;
  }
}
