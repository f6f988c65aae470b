def report = new File(basedir, 'target/aicare-lint.txt')
assert report.isFile() : 'lint wrote no report'
assert new File(basedir, 'build.log').getText('UTF-8').contains('BUILD SUCCESS')
return true
