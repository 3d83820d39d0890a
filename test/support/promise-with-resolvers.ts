/**
 * nock 15 intercepts fetch through @mswjs/interceptors 0.44, which calls Promise.withResolvers (Node 22+).
 * The project runs on Node 20, where every intercepted fetch would fail with "Promise.withResolvers is not a
 * function". This polyfill (tests only) provides it; it is a no-op on Node 22 and later.
 */
type Resolvers<T> = { promise: Promise<T>; resolve: (value: T | PromiseLike<T>) => void; reject: (reason?: unknown) => void };

const PromiseWithResolvers = Promise as PromiseConstructor & { withResolvers?: <T>() => Resolvers<T> };

if (typeof PromiseWithResolvers.withResolvers !== "function") {
  PromiseWithResolvers.withResolvers = <T>(): Resolvers<T> => {
    let resolve!: Resolvers<T>["resolve"];
    let reject!: Resolvers<T>["reject"];
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
