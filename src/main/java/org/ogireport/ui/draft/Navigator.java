package org.ogireport.ui.draft;

import org.ogireport.rules.Finding;

/** What the screens ask of the draft view: go to where a finding is, write the 校验报告. */
interface Navigator {

    void jumpTo(Finding finding);

    void writeCheckReport();
}
