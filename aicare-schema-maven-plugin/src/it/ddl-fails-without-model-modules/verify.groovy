def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('aicare-schema ddl: no AICare model module on the runtime dependencies of it.consumer:ddl-fails-without-model-modules')
assert !new File(basedir, 'target/aicare-schema.sql').exists() : 'an empty schema was written'
return true
