using PolicySearch.Benchmarks.Cli;

// Release console app; see README.md beside this file for what each figure means.
return BenchmarkCommand.Create().Parse(args).Invoke();
