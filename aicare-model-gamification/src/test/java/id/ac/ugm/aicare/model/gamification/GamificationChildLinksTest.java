package id.ac.ugm.aicare.model.gamification;

import id.ac.ugm.aicare.model.gamification.quest.QuestInstance;
import id.ac.ugm.aicare.model.gamification.quest.QuestTemplate;
import id.ac.ugm.aicare.testing.aggregate.ChildLinkContract;
import org.junit.jupiter.api.Test;

/** The instances helper keeps both sides in step and moves a quest between templates (in memory). */
class GamificationChildLinksTest {

    @Test
    void templateInstances() {
        ChildLinkContract.verify("QuestTemplate.instances", () -> new QuestTemplate("c", "n", "d"),
                () -> new QuestInstance(null, null), QuestTemplate::addInstance, QuestTemplate::removeInstance,
                QuestTemplate::getInstances, QuestInstance::getTemplate);
    }
}
