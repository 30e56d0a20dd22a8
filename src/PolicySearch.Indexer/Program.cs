// Placeholder: the commands (build, analyze, evaluate) land with the indexer.
return 0;
