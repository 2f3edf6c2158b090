<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Add an amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give a reason and the changed fields; the original record is kept unchanged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The finalised record is not changed: this amendment is added to it with your name, the time and your reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Field to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New value for the field</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Field to change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New &amp;value</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without amending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fields changed: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Set up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault was opened safely</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot start</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot resume the draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record purged</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record reached the case system and its content was removed from this laptop after the retention period. Its reference, dates and audit trail are kept; the case system holds the full record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot open the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Diagnostic information (versions, settings and recent log lines, no record content) is on the clipboard: paste it into your message to support.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sharedesk %1: information-sharing decisions for safeguarding children.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strength: none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not accepted. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a stronger passphrase: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The two new passphrases are not the same. Type them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CheckAnswers</name>
    <message>
        <source>Check your answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every answer and field, each with a Change button</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 advised: %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice sought at: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back and change: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check your answers before finalising the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questions you answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Now finalise the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By finalising this record you confirm that, to the best of your knowledge, it is a true account of your decision and your reasons. A finalised record cannot be changed: later corrections are added as amendments with a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the record form</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Finalise record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalise record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Confirm the declaration and save the record; it cannot be changed afterwards</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one answer; use the arrow keys to move.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Countersign this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your countersignature is signed with this laptop's key and kept beside the record; the record itself is not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome of your review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed &amp;with comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Countersignatures</name>
    <message>
        <source>Agreed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agreed with comments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Escalated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersignatures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signature verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>SIGNATURE DOES NOT VERIFY</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>Guided decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer each question, then record the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before you go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You changed an earlier answer, so these answers no longer apply:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose an answer to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers that no longer apply</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The current step of the guidance and its answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The wording of this step has not been verified against the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the previous question; your answers are kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Forward</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return to the question you came back from, keeping its answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save this answer and go to the next step</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Side notes and map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes that apply at every step, the seek advice action and the flowchart map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Seek advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seek advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record who you asked for advice at this step and what they said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this decision as a draft and leave; you can resume it from Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where you are</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fingerprint</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Laptops whose bundles this vault accepts. Compare a fingerprint with the one in the laptop's Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>this vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>organisation profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>revoked %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>trusted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 devices.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No trusted devices yet: trust a laptop from the Inbox when its first bundle arrives.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a device first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Revoked %1: its bundles are refused from now on.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a passphrase of at least 12 characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An encrypted bundle needs at least one recipient key or a passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping...</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translation>
            <numerusform>Exported %n record.</numerusform><numerusform>Exported %n records.</numerusform></translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a format, which records, who can open it and where to save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file format of the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;All records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Date range</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By export &amp;status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records selected on the records &amp;screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which records to export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the records in this state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keys from the organisation profile; unticked keys are left out</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More recipient keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Paste age public keys (age1...), one per line</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt to a &amp;passphrase instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypt to a passphrase instead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use when the receiver has no key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>At least 12 characters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send the passphrase by another channel (a phone call, not the same email).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file the export is written to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pick where to save the export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records written so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the export now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel or close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop a running export, or close the dialog</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Format</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;More recipient keys</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sa&amp;ve to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;This record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your name: it is recorded as the decision-maker.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your role, for example GP or designated safeguarding lead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the guidance you follow.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The organisation profile file could not be read. Choose another or leave it empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault could not be created (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Strength: none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a stronger passphrase: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>very weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not accepted. %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation profiles (*.toml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation profiles are not supported in this build.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you forget this passphrase, only your organisation's recovery key can open the vault. Without it your records cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you forget this passphrase the vault cannot be opened and your records cannot be recovered. No organisation recovery key is set.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Set up sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>sharedesk keeps your decision records in an encrypted vault on this computer. Choose a passphrase you will remember: it is the only way into the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vault passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase &amp;again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How hard the passphrase would be to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If you forget this passphrase the vault cannot be opened, and your records cannot be recovered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your name as the decision-maker on records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For example GP, health visitor or designated safeguarding lead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Which guidance do you follow?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The jurisdiction and guidance used when you start a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation &amp;profile file (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown while the vault is being created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase that will open your vault. Use a few uncommon words: the strength shown below must be good or strong.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The same passphrase, to check it was typed as meant.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which guidance do you follow?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation profile file (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file from your organisation with local contacts and its recovery key.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for the organisation profile file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Create the encrypted vault with these details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I lead a team: open the &amp;manager's desk (Inbox, Team overview, Countersign)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlowMap</name>
    <message>
        <source>Flowchart map</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No flowchart loaded.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flowchart with %1 steps. You are at: %2. Steps taken so far: %3.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Reading the vault</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) due for review.</source>
        <translation>
            <numerusform>%n record due for review.</numerusform><numerusform>%n records due for review.</numerusform></translation>
    </message>
    <message>
        <source>No reviews due.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending to the case system is not set up.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go to the case system.</source>
        <translation>
            <numerusform>%n record waiting to go to the case system.</numerusform><numerusform>%n records waiting to go to the case system.</numerusform></translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no subject reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>to %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>saved %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>ref %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>If a child is at risk of significant harm, follow your child protection procedures now: contact children's social care or the police without delay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Guidance for the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Which guidance the new decision follows.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Begin a new information-sharing decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start a decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts in progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions started but not finalised.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No drafts in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue the selected draft.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Resume draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your most recently finalised decisions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the selected record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search and filter every record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All re&amp;cords</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records whose review date has arrived.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See what is waiting to go to the case system, and send it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Out&amp;box</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportProfileDialog</name>
    <message>
        <source>Import organisation profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days a record is kept after the case system acknowledged it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case system address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Case system certificate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Proxy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing key file (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only if your administrator gave you one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Profile file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for the profile file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Signing key file (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse for the signing key...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What this profile changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The profile from your organisation sets the idle lock, how long records are kept, the default guidance and where records are sent. It is checked exactly as at first run.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation profiles (*.toml);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Signing key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This profile cannot be imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed and verified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>not signed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing it changes:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 becomes %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>It changes none of your settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <source>Inbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import the bundles your team left in a folder (a shared drive or USB stick). Each is checked before anything is imported; refused ones are moved to the folder's 'refused' subfolder with the reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Folder of bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse... folder of bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation identity file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse... organisation identity file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Folder of bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation &amp;identity file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake service address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager token file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Brow&amp;se...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse... manager token file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Pull from intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pull from intake</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Intake service &amp;address</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager &amp;token file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I&amp;mport bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name for this laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who and which laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Trust this laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trust this laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Name for this laptop</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the folder and the identity file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the intake address, the manager token file and the identity file first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pulling from the intake...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 added, %2 amended, %3 already here</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles read: %1. Imported: %2 (records added: %3). Refused: %4.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled: the rest were left in the folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown laptop %1 (calls itself %2). Compare this fingerprint with the one in the laptop's Settings before you trust it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give the laptop a name first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Trusted %1 (%2). %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its bundle is back in the folder: press Import bundles.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Information-sharing decisions for safeguarding children.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock and hide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Vault</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>He&amp;lp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Main toolbar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the vault now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Hide screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blank the window until you return</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+H</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock and quit sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go to the home screen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Alt+Home</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search and open records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference &amp;library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guidance, offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Version and licence</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export records to a file</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records waiting to go to the case system</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy what support needs (versions, settings, recent log lines), never record content</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Manager</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Inbox...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Devices</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Team overview</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <source>Bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next retry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How did this bundle reach the case system? (kept in the audit trail)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the outbox</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No bundles waiting. Finalised records are bundled and sent at the next sync.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bundles waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Each bundle: state, records, attempts, next retry and any problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records bundled so far</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send every waiting bundle now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stop the sync that is running</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save the encrypted bundle to hand over yourself</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mark &amp;delivered...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Say the bundle arrived another way; asks for a reason, audited</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Re-queue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Send a failed bundle's records again under a new bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go to the case system.</source>
        <translation>
            <numerusform>%n record waiting to go to the case system.</numerusform><numerusform>%n records waiting to go to the case system.</numerusform></translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing has been acknowledged by the case system yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No receipt key is pinned: records are never purged automatically until a receipt key is pinned (ask your administrator to add the case system's receipt key to the organisation profile).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sending is not set up on this computer: import your organisation's profile, which names the case system. Meanwhile Vault &gt; Export writes an encrypted bundle you can hand over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Syncing...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopping...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync finished.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sync cancelled: nothing was sent.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save a copy of the bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy saved. The records stay in the outbox until the case system acknowledges them or you mark the bundle delivered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not marked: a reason is needed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Marked delivered (noted in the audit trail).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n record(s) will be sent again in a new bundle.</source>
        <translation>
            <numerusform>%n record will be sent again in a new bundle.</numerusform><numerusform>%n records will be sent again in a new bundle.</numerusform></translation>
    </message>
</context>
<context>
    <name>PassphraseAdvice</name>
    <message>
        <source>very weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>too easy to guess: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a few uncommon words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats like "aaa" are easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats like "abcabcabc" are only slightly harder to guess than "abc".</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sequences like "abc" or "6543" are easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is a very common password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Capitalization doesn't help very much.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reversed words aren't much harder to guess.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Predictable substitutions like '@' instead of 'a' don't help very much.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>sharedesk is hidden.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back the screen you were using.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record could not be read again (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised %1 (read-only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record id: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amendments</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(blank)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(amended)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Original: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amended %1 by %2 (reason: %3): %4</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice from %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amendment added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counter&amp;sign...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record your review of this finalised record, signed with this laptop's key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersignature added.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The path taken, the record, its amendments and its audit events</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy record &amp;id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy record id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the record id; the clipboard is cleared after a short time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Copy record text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy record text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy the whole record as text; the clipboard is cleared after a short time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport this record...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export this record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Add amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add amendment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct or add to this finalised record, with a reason; the original is kept</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Your name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your role</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why this decision arose (request received or proactive)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who asked, and when</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who the information is about (initials or case reference only)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>NHS number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Purpose of sharing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why sharing is necessary and proportionate</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Less intrusive ways considered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Opinions shared (marked as opinion)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What was withheld, and why</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient (organisation, role, name)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>When it was shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it was shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security measures used</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lawful basis (UK GDPR Article 6)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article 9 / DPA 2018 Schedule 1 condition</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal gateway</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why consent was not sought, or what was said</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Was the person told about the sharing?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why the person was not told</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Views of the child and family</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Emergency sharing (recorded afterwards)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identities to protect</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sought</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sought and given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sought and refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Given, then withdrawn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Public task (Art 6(1)(e))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legal obligation (Art 6(1)(c))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Vital interests (Art 6(1)(d))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Consent (Art 6(1)(a))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Contract (Art 6(1)(b))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Legitimate interests (Art 6(1)(f))</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recognised legitimate interest (Art 6(1)(ea))</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Facts only: what you know, saw or were told directly.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your professional opinion, kept apart from the facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People who could be harmed if named. They are not shared.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Initials or a case reference only, not a full name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Required whether or not you share.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anything you decided not to share, and why.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day/month/year, for example 31/03/2026.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day/month/year and a time if you know it, for example 31/03/2026 14:30.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record the decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fields of the decision record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Calendar for %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a contact (Down arrow) or type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Why you are not sharing, and any advice you still need. Be ready to reconsider if circumstances change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record fields</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is a problem</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Problems to fix</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About this decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More details (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Go back to the last question; what you typed is kept</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check the record for problems, then check your answers</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordsScreen</name>
    <message>
        <source>Records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search and open your decision records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any export status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More than %1 records match; scroll for more.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No records match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No records yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 record.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 records.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Newest first; press Enter to open one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search records</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words to find in the records; every word must match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only records with this outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export status filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show only records with this export status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created from</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earliest creation date to show; Any for no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created to</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Latest creation date to show; Any for no limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Remove the search words and every filter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your decision records, newest first; press Enter to open one</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the selected record</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recipient</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The records could not be read (%1).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guidance, principles and law, searchable offline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> (unverified)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1 entry matches.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entries match.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing matches. Try fewer or different words.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 entries.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This wording has not been verified against the source.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Return to the screen you came from (Escape)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Search the guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Words to find in the reference library; every word must match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sections and entries of the reference library</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reference text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The selected entry with its source</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SeekAdviceDialog</name>
    <message>
        <source>Seek advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record who you asked for advice and what they said.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Advice about: %1. Do not identify the child or family if you can avoid it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Who you asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their role and name, for example: designated safeguarding lead, A. Khan</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they advised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The advice given, in your own words</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Who you asked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What they &amp;advised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Record advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Record advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add this advice to the decision path</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close without recording advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter who you asked for advice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter what they advised</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>System colours</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system reports sleep and screen lock to sharedesk.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This system does not report sleep or screen lock to sharedesk: the idle lock still applies.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This laptop's device key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fingerprint of the key that signs this laptop's bundles; an administrator compares it when enrolling the laptop.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cop&amp;y device key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copies this laptop's public device key, to give to your administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add organisation &amp;recovery key</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lets your organisation's recovery key open this vault if the passphrase is forgotten. Uses the recovery key of the organisation profile in use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import organisation pro&amp;file...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the profile file from your organisation; you see what it changes before it is imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a new passphrase for the vault; the records are not rewritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager's des&amp;k: Inbox, Devices, Team overview and Countersign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Manager's desk: Inbox, Devices, Team overview and Countersign</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention: no receipt key is pinned, so records are never purged automatically until a receipt key is pinned (the organisation profile's case_system.receipt_keys).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This laptop's device key (an administrator enrols it so a manager accepts its bundles): %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery: your organisation's recovery key can open this vault if the passphrase is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery: no organisation recovery key is set. If the passphrase is forgotten the vault cannot be opened.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Organisation profile imported: %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key not added: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recovery key added: your organisation can now open this vault if the passphrase is forgotten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Device key copied: give it to your administrator.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Security</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault locks after this many minutes without use.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock the vault when the system goes to sleep or the screen locks, where the system reports it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock when the computer &amp;sleeps or the screen locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Clear copied text after this many seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text copied from a record is removed from the clipboard after this many seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>System colours or high contrast.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make all text larger, from 100% to 200%.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Default guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Default guidance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The guidance offered first when you start a decision.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lock when the computer sleeps or the screen locks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Clear copied text after this many seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save and apply these settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;ave settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer's language</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lan&amp;guage (from the next start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language of sharedesk's screens, used from the next start. English or Cymraeg (Welsh).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The language changes the next time sharedesk starts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettledField</name>
    <message>
        <source>Change</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Change %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 – from your answer “%2” to “%3”</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2. Goes back to the question.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SideNotes</name>
    <message>
        <source>Side notes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Notes that apply at every step of the guidance.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local contacts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Local contacts</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TeamOverviewScreen</name>
    <message>
        <source>Shared without &amp;consent: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>"&amp;Do not share" decisions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Reviews due: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Awaiting countersignature: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Team overview</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions by practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions by month</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the figures</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Records behind the figure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Practitioner</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open record</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport these records...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export these records...</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures could not be read (%1).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 finalised decisions in this vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(not recorded)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions by %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decisions in %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1: %2 records</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That passphrase does not open the vault. Check Caps Lock and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The vault could not be opened (%1).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong tries. You can try again in %n second.</numerusform><numerusform>Too many wrong tries. You can try again in %n seconds.</numerusform></translation>
    </message>
    <message>
        <source>Unlock sharedesk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your records are locked. Enter your passphrase to open the vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The passphrase for your vault.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the passphrase as you type it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlocking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shown while the vault is being unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the vault with this passphrase.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside sharedesk (%1). Your saved records are safe. If it happens again, tell your IT contact.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Shared in part</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not shared</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Content removed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not sent yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copy saved, waiting</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sent, waiting for receipt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Conflict: re-queue or mark delivered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re-queued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Finalised</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported from another device</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Amended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Countersigned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Queued to send again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Listed in bulk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>England 2018</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>England 2024</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scotland</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF document</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>FHIR R4 bundle</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accessible HTML</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Encrypted bundle (age)</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>