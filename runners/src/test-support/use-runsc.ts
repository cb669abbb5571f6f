// Setup file of the `runsc` jest project: the docker suites' sandboxes run under gVisor.
process.env.ASSAY_RUNTIME = 'runsc';
