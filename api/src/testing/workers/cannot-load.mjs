// A scoring worker that fails as it loads (a broken build, a missing dependency): piscina emits
// 'error' on the pool and the job waiting for it would never settle.
throw new Error("this scoring worker cannot load");
