def sql = new File(basedir, 'target/aicare-schema.sql')
assert sql.isFile() : 'ddl wrote no target/aicare-schema.sql'
def text = sql.getText('UTF-8')
assert text.contains('CREATE TABLE users (') : 'the auth tables are missing'
assert !text.contains('CREATE TABLE conversations (') : 'a table of a module not on the dependencies is there'
assert text == new File(basedir, 'target/again.sql').getText('UTF-8') : 'two runs gave different SQL'

def installed = new File(localRepositoryPath,
        'it/consumer/ddl-of-the-dependencies/1.0/ddl-of-the-dependencies-1.0-schema.sql')
assert installed.isFile() : 'the SQL was not attached as type sql, classifier schema'
assert installed.getText('UTF-8') == text
return true
