import type { UseQueryResult } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { ErrorPanel } from "./error-panel";
import { Loading } from "./loading";

interface QueryViewProps<T> {
  query: UseQueryResult<T>;
  loading: string;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}

/** Loading, error (with retry) or the data: every screen that reads the API goes through this. */
export function QueryView<T>({ query, loading, errorTitle, children }: QueryViewProps<T>) {
  if (query.isPending) return <Loading label={loading} />;
  if (query.isError) return <ErrorPanel error={query.error} title={errorTitle} onRetry={() => void query.refetch()} />;
  return <>{children(query.data)}</>;
}
