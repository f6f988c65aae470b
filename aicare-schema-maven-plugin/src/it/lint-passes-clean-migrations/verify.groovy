def report = new File(basedir, 'target/aicare-lint.txt')
assert report.isFile() : 'lint wrote no report'
def text = report.getText('UTF-8')
assert !text.contains('unresolved-placeholder') : 'the <placeholders> value was not used: ' + text
assert !text.contains('old_mood') && !text.contains('legacy') : 'an <excludes> file was linted: ' + text
assert text.contains('2 files linted: 0 errors') : text
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
