def report = new File(basedir, 'target/aicare-lint.txt')
assert report.isFile() : 'lint wrote no report'
assert report.getText('UTF-8').contains('V2__mood_entries.sql:1') : 'the report does not name the bad file and line'
def log = new File(basedir, 'build.log').getText('UTF-8')
assert log.contains('aicare-schema lint: 1 finding(s) at error level in the migrations') : 'the build did not fail on the lint'
return true
