<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy" sourcelanguage="en">
<context>
    <name>AmendmentDialog</name>
    <message>
        <source>Add an amendment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ychwanegu diwygiad</translation>
    </message>
    <message>
        <source>Give a reason and the changed fields; the original record is kept unchanged</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch reswm a&apos;r meysydd sydd wedi newid; mae&apos;r cofnod gwreiddiol yn cael ei gadw heb ei newid</translation>
    </message>
    <message>
        <source>The finalised record is not changed: this amendment is added to it with your name, the time and your reason.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw&apos;r cofnod terfynol yn cael ei newid: mae&apos;r diwygiad hwn yn cael ei ychwanegu ato gyda&apos;ch enw, yr amser a&apos;ch rheswm.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rheswm dros y diwygiad</translation>
    </message>
    <message>
        <source>Field to change</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Maes i&apos;w newid</translation>
    </message>
    <message>
        <source>New value for the field</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwerth newydd ar gyfer y maes</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Rheswm</translation>
    </message>
    <message>
        <source>&amp;Field to change</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Maes i&apos;w newid</translation>
    </message>
    <message>
        <source>New &amp;value</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Gwerth newydd</translation>
    </message>
    <message>
        <source>&amp;Save amendment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ca&amp;dw&apos;r diwygiad</translation>
    </message>
    <message>
        <source>Save amendment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw&apos;r diwygiad</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close without amending</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cau heb ddiwygio</translation>
    </message>
    <message>
        <source>Fields changed: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Meysydd a newidiwyd: %1</translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>Set up</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gosod</translation>
    </message>
    <message>
        <source>Settings not saved</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ni chadwyd y gosodiadau</translation>
    </message>
    <message>
        <source>Locked</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wedi cloi</translation>
    </message>
    <message>
        <source>The vault was opened safely</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Agorwyd y gladdgell yn ddiogel</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>Cannot start</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Methu dechrau</translation>
    </message>
    <message>
        <source>Cannot resume the draft</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Methu ailddechrau&apos;r drafft</translation>
    </message>
    <message>
        <source>Decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Blwch allan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Llyfrgell gyfeirio</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Inbox</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Blwch derbyn</translation>
    </message>
    <message>
        <source>Devices</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Trosolwg o&apos;r tîm</translation>
    </message>
    <message>
        <source>Record purged</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Carthwyd y cofnod</translation>
    </message>
    <message>
        <source>This record reached the case system and its content was removed from this laptop after the retention period. Its reference, dates and audit trail are kept; the case system holds the full record.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyrhaeddodd y cofnod hwn y system achosion a thynnwyd ei gynnwys o&apos;r gliniadur hwn ar ôl y cyfnod cadw. Mae ei gyfeirnod, ei ddyddiadau a&apos;i drywydd archwilio yn cael eu cadw; mae&apos;r system achosion yn dal y cofnod llawn.</translation>
    </message>
    <message>
        <source>Cannot open the record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Methu agor y cofnod</translation>
    </message>
    <message>
        <source>Reference library</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Llyfrgell gyfeirio</translation>
    </message>
    <message>
        <source>Diagnostic information</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwybodaeth ddiagnostig</translation>
    </message>
    <message>
        <source>Diagnostic information (versions, settings and recent log lines, no record content) is on the clipboard: paste it into your message to support.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae&apos;r wybodaeth ddiagnostig (fersiynau, gosodiadau a llinellau diweddar o&apos;r log, dim cynnwys cofnodion) ar y clipfwrdd: gludwch hi yn eich neges i&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>About sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ynghylch sharedesk</translation>
    </message>
    <message>
        <source>sharedesk %1: information-sharing decisions for safeguarding children.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>sharedesk %1: penderfyniadau rhannu gwybodaeth ar gyfer diogelu plant.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase again</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Current passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd &amp;presennol</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>New passphrase &amp;again</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd newydd &amp;eto</translation>
    </message>
    <message>
        <source>Strength: none yet</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cryfder: dim eto</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cryfder: %1</translation>
    </message>
    <message>
        <source>not accepted. %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>heb ei dderbyn. %1</translation>
    </message>
    <message>
        <source>Enter your current passphrase.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch eich cyfrinymadrodd presennol.</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch gyfrinymadrodd cryfach: %1</translation>
    </message>
    <message>
        <source>The two new passphrases are not the same. Type them again.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd newydd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>The passphrase could not be changed (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd newid y cyfrinymadrodd (%1).</translation>
    </message>
</context>
<context>
    <name>CheckAnswers</name>
    <message>
        <source>Check your answers</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwirio eich atebion</translation>
    </message>
    <message>
        <source>Every answer and field, each with a Change button</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pob ateb a maes, pob un gyda botwm Newid</translation>
    </message>
    <message>
        <source>%1 advised: %2</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyngor gan %1: %2</translation>
    </message>
    <message>
        <source>Advice sought at: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gofynnwyd am gyngor yn: %1</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>Change</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>Go back and change: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mynd yn ôl a newid: %1</translation>
    </message>
    <message>
        <source>Record finalised</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnod wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich atebion</translation>
    </message>
    <message>
        <source>Check your answers before finalising the record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwiriwch eich atebion cyn cwblhau&apos;r cofnod</translation>
    </message>
    <message>
        <source>The questions you answered</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cwestiynau a atebwyd gennych</translation>
    </message>
    <message>
        <source>Your record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich cofnod</translation>
    </message>
    <message>
        <source>Now finalise the record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nawr cwblhewch y cofnod</translation>
    </message>
    <message>
        <source>By finalising this record you confirm that, to the best of your knowledge, it is a true account of your decision and your reasons. A finalised record cannot be changed: later corrections are added as amendments with a reason.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Drwy gwblhau&apos;r cofnod hwn rydych yn cadarnhau ei fod, hyd eithaf eich gwybodaeth, yn gofnod cywir o&apos;ch penderfyniad a&apos;ch rhesymau. Nid oes modd newid cofnod sydd wedi&apos;i gwblhau: mae cywiriadau diweddarach yn cael eu hychwanegu fel diwygiadau gyda rheswm.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back to the record form</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mynd yn ôl i ffurflen y cofnod</translation>
    </message>
    <message>
        <source>&amp;Finalise record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cwblhau&apos;r cofnod</translation>
    </message>
    <message>
        <source>Finalise record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cwblhau&apos;r cofnod</translation>
    </message>
    <message>
        <source>Confirm the declaration and save the record; it cannot be changed afterwards</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadarnhau&apos;r datganiad a chadw&apos;r cofnod; nid oes modd ei newid wedyn</translation>
    </message>
</context>
<context>
    <name>ChoiceList</name>
    <message>
        <source>Answers</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Atebion</translation>
    </message>
    <message>
        <source>Choose one answer; use the arrow keys to move.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch un ateb; defnyddiwch y bysellau saeth i symud.</translation>
    </message>
    <message>
        <source>Answer %1 of %2</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ateb %1 o %2</translation>
    </message>
</context>
<context>
    <name>CountersignDialog</name>
    <message>
        <source>Countersign this record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cydlofnodi&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>Your countersignature is signed with this laptop&apos;s key and kept beside the record; the record itself is not changed.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae eich cydlofnod wedi&apos;i lofnodi ag allwedd y gliniadur hwn ac yn cael ei gadw gyda&apos;r cofnod; nid yw&apos;r cofnod ei hun yn newid.</translation>
    </message>
    <message>
        <source>Outcome of your review</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canlyniad eich adolygiad</translation>
    </message>
    <message>
        <source>&amp;Agreed</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cytuno</translation>
    </message>
    <message>
        <source>Agreed &amp;with comments</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cytuno &amp;gyda sylwadau</translation>
    </message>
    <message>
        <source>&amp;Escalated</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Uwchgyfeirio</translation>
    </message>
    <message>
        <source>Comment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Sylw</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your role</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>&amp;Comment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Sylw</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich &amp;rôl</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Llofnodi</translation>
    </message>
    <message>
        <source>Sign</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Llofnodi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>Countersignatures</name>
    <message>
        <source>Agreed</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cytunwyd</translation>
    </message>
    <message>
        <source>Agreed with comments</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cytunwyd gyda sylwadau</translation>
    </message>
    <message>
        <source>Escalated</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Uwchgyfeiriwyd</translation>
    </message>
    <message>
        <source>Countersignatures</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cydlofnodion</translation>
    </message>
    <message>
        <source>None yet.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim eto.</translation>
    </message>
    <message>
        <source>signature verified</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>llofnod wedi&apos;i ddilysu</translation>
    </message>
    <message>
        <source>SIGNATURE DOES NOT VERIFY</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>NID YW&apos;R LLOFNOD YN DILYSU</translation>
    </message>
</context>
<context>
    <name>DecisionWizard</name>
    <message>
        <source>Guided decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniad dan arweiniad</translation>
    </message>
    <message>
        <source>Answer each question, then record the decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Atebwch bob cwestiwn, yna cofnodwch y penderfyniad</translation>
    </message>
    <message>
        <source>Question %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cwestiwn %1</translation>
    </message>
    <message>
        <source>Before you go on</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyn i chi fynd ymlaen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Nesaf</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>Next</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>You changed an earlier answer, so these answers no longer apply:</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rydych wedi newid ateb cynharach, felly nid yw&apos;r atebion hyn yn berthnasol mwyach:</translation>
    </message>
    <message>
        <source>Choose an answer to go on.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch ateb i fynd ymlaen.</translation>
    </message>
    <message>
        <source>Answers that no longer apply</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Atebion nad ydynt yn berthnasol mwyach</translation>
    </message>
    <message>
        <source>Question</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cwestiwn</translation>
    </message>
    <message>
        <source>The current step of the guidance and its answers</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cam presennol y canllawiau a&apos;i atebion</translation>
    </message>
    <message>
        <source>Step</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cam</translation>
    </message>
    <message>
        <source>The wording of this step has not been verified against the source.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw geiriad y cam hwn wedi&apos;i wirio yn erbyn y ffynhonnell.</translation>
    </message>
    <message>
        <source>Why this question</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pam y cwestiwn hwn</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back to the previous question; your answers are kept</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mynd yn ôl i&apos;r cwestiwn blaenorol; mae eich atebion yn cael eu cadw</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y&amp;mlaen</translation>
    </message>
    <message>
        <source>Forward</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Return to the question you came back from, keeping its answer</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dychwelyd i&apos;r cwestiwn y daethoch yn ôl ohono, gan gadw ei ateb</translation>
    </message>
    <message>
        <source>Save this answer and go to the next step</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw&apos;r ateb hwn a mynd i&apos;r cam nesaf</translation>
    </message>
    <message>
        <source>Side notes and map</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodiadau ochr a map</translation>
    </message>
    <message>
        <source>Notes that apply at every step, the seek advice action and the flowchart map</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodiadau sy&apos;n berthnasol ym mhob cam, y cam gofyn am gyngor a map y siart llif</translation>
    </message>
    <message>
        <source>&amp;Seek advice</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Gofyn am gyngor</translation>
    </message>
    <message>
        <source>Seek advice</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gofyn am gyngor</translation>
    </message>
    <message>
        <source>Record who you asked for advice at this step and what they said</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodi pwy y gofynnoch iddynt am gyngor yn y cam hwn a beth ddywedon nhw</translation>
    </message>
    <message>
        <source>Save and c&amp;lose</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw a &amp;chau</translation>
    </message>
    <message>
        <source>Save and close</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw a chau</translation>
    </message>
    <message>
        <source>Keep this decision as a draft and leave; you can resume it from Home</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw&apos;r penderfyniad hwn fel drafft a gadael; gallwch ailddechrau arno o&apos;r Hafan</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ble rydych chi</translation>
    </message>
</context>
<context>
    <name>DevicesScreen</name>
    <message>
        <source>Name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ôl bys</translation>
    </message>
    <message>
        <source>Trusted by</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ymddiriedwyd gan</translation>
    </message>
    <message>
        <source>First bundle</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndel cyntaf</translation>
    </message>
    <message>
        <source>Last bundle</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndel diwethaf</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndeli</translation>
    </message>
    <message>
        <source>Records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Devices</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dyfeisiau</translation>
    </message>
    <message>
        <source>Laptops whose bundles this vault accepts. Compare a fingerprint with the one in the laptop&apos;s Settings.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gliniaduron y mae&apos;r gladdgell hon yn derbyn eu bwndeli. Cymharwch ôl bys â&apos;r un yng Ngosodiadau&apos;r gliniadur.</translation>
    </message>
    <message>
        <source>Message</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Neges</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Adnewyddu</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Re&amp;voke</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Dirymu</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dirymu</translation>
    </message>
    <message>
        <source>this vault</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>y gladdgell hon</translation>
    </message>
    <message>
        <source>organisation profile</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>proffil y sefydliad</translation>
    </message>
    <message>
        <source>revoked %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>dirymwyd %1</translation>
    </message>
    <message>
        <source>trusted</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>dibynadwy</translation>
    </message>
    <message>
        <source>%1 devices.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1 dyfais.</translation>
    </message>
    <message>
        <source>No trusted devices yet: trust a laptop from the Inbox when its first bundle arrives.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim dyfeisiau dibynadwy eto: ymddiriedwch mewn gliniadur o&apos;r Blwch derbyn pan fydd ei fwndel cyntaf yn cyrraedd.</translation>
    </message>
    <message>
        <source>Choose a device first.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch ddyfais yn gyntaf.</translation>
    </message>
    <message>
        <source>Revoked %1: its bundles are refused from now on.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dirymwyd %1: bydd ei fwndeli&apos;n cael eu gwrthod o hyn ymlaen.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allforio i</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch ble i gadw&apos;r allforyn.</translation>
    </message>
    <message>
        <source>Use a passphrase of at least 12 characters.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Defnyddiwch gyfrinymadrodd o 12 nod o leiaf.</translation>
    </message>
    <message>
        <source>An encrypted bundle needs at least one recipient key or a passphrase.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae angen o leiaf un allwedd derbynnydd neu gyfrinymadrodd ar fwndel wedi&apos;i amgryptio.</translation>
    </message>
    <message>
        <source>The start date is after the end date.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae&apos;r dyddiad dechrau ar ôl y dyddiad gorffen.</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n allforio...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n stopio...</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n record(s).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>
            <numerusform>Allforiwyd %n cofnod.</numerusform>
            <numerusform>Allforiwyd %n cofnod.</numerusform>
            <numerusform>Allforiwyd %n cofnod.</numerusform>
            <numerusform>Allforiwyd %n cofnod.</numerusform>
            <numerusform>Allforiwyd %n cofnod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslwyd yr allforio: ni ysgrifennwyd dim.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Methodd yr allforio: %1</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Canslo&apos;r allforio</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cau</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allforio cofnodion</translation>
    </message>
    <message>
        <source>Choose a format, which records, who can open it and where to save</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch fformat, pa gofnodion, pwy all ei agor a ble i&apos;w gadw</translation>
    </message>
    <message>
        <source>Format</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Fformat</translation>
    </message>
    <message>
        <source>The file format of the export</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Fformat ffeil yr allforyn</translation>
    </message>
    <message>
        <source>&amp;All records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Pob cofnod</translation>
    </message>
    <message>
        <source>&amp;Date range</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ystod dyddiadau</translation>
    </message>
    <message>
        <source>By export &amp;status</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn ôl &amp;statws allforio</translation>
    </message>
    <message>
        <source>Records selected on the records &amp;screen</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion a ddewiswyd ar y sgrin c&amp;ofnodion</translation>
    </message>
    <message>
        <source>Which records to export</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pa gofnodion i&apos;w hallforio</translation>
    </message>
    <message>
        <source>From date</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>O&apos;r dyddiad</translation>
    </message>
    <message>
        <source>To date</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Hyd at y dyddiad</translation>
    </message>
    <message>
        <source>Export status</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Statws allforio</translation>
    </message>
    <message>
        <source>Export the records in this state</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allforio&apos;r cofnodion sydd yn y cyflwr hwn</translation>
    </message>
    <message>
        <source>Organisation recipients</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Derbynwyr y sefydliad</translation>
    </message>
    <message>
        <source>Keys from the organisation profile; unticked keys are left out</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allweddi o broffil y sefydliad; mae allweddi heb eu ticio yn cael eu gadael allan</translation>
    </message>
    <message>
        <source>More recipient keys</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhagor o allweddi derbynwyr</translation>
    </message>
    <message>
        <source>Paste age public keys (age1...), one per line</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gludwch allweddi cyhoeddus age (age1...), un ar bob llinell</translation>
    </message>
    <message>
        <source>Encrypt to a &amp;passphrase instead</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Amgryptio i &amp;gyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>Encrypt to a passphrase instead</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Amgryptio i gyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>Use when the receiver has no key</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Defnyddiwch hwn pan nad oes gan y derbynnydd allwedd</translation>
    </message>
    <message>
        <source>Bundle passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd y bwndel</translation>
    </message>
    <message>
        <source>At least 12 characters</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>O leiaf 12 nod</translation>
    </message>
    <message>
        <source>Send the passphrase by another channel (a phone call, not the same email).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Anfonwch y cyfrinymadrodd drwy sianel arall (galwad ffôn, nid yr un e-bost).</translation>
    </message>
    <message>
        <source>Save to</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw i</translation>
    </message>
    <message>
        <source>The file the export is written to</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y ffeil y mae&apos;r allforyn yn cael ei ysgrifennu iddi</translation>
    </message>
    <message>
        <source>C&amp;hoose...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>D&amp;ewis...</translation>
    </message>
    <message>
        <source>Choose file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewis ffeil</translation>
    </message>
    <message>
        <source>Pick where to save the export</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewis ble i gadw&apos;r allforyn</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cynnydd yr allforio</translation>
    </message>
    <message>
        <source>Records written so far</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion a ysgrifennwyd hyd yma</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Allforio</translation>
    </message>
    <message>
        <source>Export</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allforio</translation>
    </message>
    <message>
        <source>Write the export now</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ysgrifennu&apos;r allforyn nawr</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cau</translation>
    </message>
    <message>
        <source>Cancel or close</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslo neu gau</translation>
    </message>
    <message>
        <source>Stop a running export, or close the dialog</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Stopio allforio sydd ar waith, neu gau&apos;r blwch deialog</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Fformat</translation>
    </message>
    <message>
        <source>Records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>&amp;Recipients</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Derbynwyr</translation>
    </message>
    <message>
        <source>&amp;More recipient keys</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Rhagor o allweddi derbynwyr</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfri&amp;nair</translation>
    </message>
    <message>
        <source>Sa&amp;ve to</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw &amp;i</translation>
    </message>
    <message>
        <source>&amp;This record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cofnod &amp;hwn</translation>
    </message>
    <message>
        <source>This record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cofnod hwn</translation>
    </message>
</context>
<context>
    <name>FirstRunScreen</name>
    <message>
        <source>The two passphrases are not the same. Type them again.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw&apos;r ddau gyfrinymadrodd yr un fath. Teipiwch nhw eto.</translation>
    </message>
    <message>
        <source>Enter your name: it is recorded as the decision-maker.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch eich enw: caiff ei gofnodi fel y sawl sy&apos;n gwneud y penderfyniad.</translation>
    </message>
    <message>
        <source>Enter your role, for example GP or designated safeguarding lead.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch eich rôl, er enghraifft meddyg teulu neu arweinydd diogelu dynodedig.</translation>
    </message>
    <message>
        <source>Choose the guidance you follow.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch y canllawiau rydych yn eu dilyn.</translation>
    </message>
    <message>
        <source>The organisation profile file could not be read. Choose another or leave it empty.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd darllen ffeil proffil y sefydliad. Dewiswch un arall neu gadewch hi&apos;n wag.</translation>
    </message>
    <message>
        <source>The vault could not be created (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd creu&apos;r gladdgell (%1).</translation>
    </message>
    <message>
        <source>weak</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>gwan</translation>
    </message>
    <message>
        <source>fair</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>gweddol</translation>
    </message>
    <message>
        <source>good</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>da</translation>
    </message>
    <message>
        <source>strong</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>cryf</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cryfder: %1</translation>
    </message>
    <message>
        <source>Strength: none yet</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cryfder: dim eto</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch gyfrinymadrodd cryfach: %1</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae problem</translation>
    </message>
    <message>
        <source>very weak</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>gwan iawn</translation>
    </message>
    <message>
        <source>not accepted. %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>heb ei dderbyn. %1</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Proffil y sefydliad</translation>
    </message>
    <message>
        <source>Organisation profiles (*.toml);;All files (*)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Proffiliau sefydliad (*.toml);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Proffil: %1</translation>
    </message>
    <message>
        <source>Organisation profiles are not supported in this build.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw proffiliau sefydliad yn cael eu cefnogi yn y fersiwn hwn.</translation>
    </message>
    <message>
        <source>If you forget this passphrase, only your organisation&apos;s recovery key can open the vault. Without it your records cannot be recovered.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Os byddwch yn anghofio&apos;r cyfrinymadrodd hwn, dim ond allwedd adfer eich sefydliad all agor y gladdgell. Hebddi, nid oes modd adfer eich cofnodion.</translation>
    </message>
    <message>
        <source>If you forget this passphrase the vault cannot be opened and your records cannot be recovered. No organisation recovery key is set.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Os byddwch yn anghofio&apos;r cyfrinymadrodd hwn, nid oes modd agor y gladdgell ac nid oes modd adfer eich cofnodion. Nid oes allwedd adfer gan y sefydliad wedi&apos;i gosod.</translation>
    </message>
    <message>
        <source>Set up sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gosod sharedesk</translation>
    </message>
    <message>
        <source>sharedesk keeps your decision records in an encrypted vault on this computer. Choose a passphrase you will remember: it is the only way into the vault.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae sharedesk yn cadw cofnodion eich penderfyniadau mewn claddgell wedi&apos;i hamgryptio ar y cyfrifiadur hwn. Dewiswch gyfrinymadrodd y byddwch yn ei gofio: dyma&apos;r unig ffordd i mewn i&apos;r gladdgell.</translation>
    </message>
    <message>
        <source>Vault passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd y gladdgell</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the passphrase &amp;again</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Teipiwch y cyfrinymadrodd e&amp;to</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>How hard the passphrase would be to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pa mor anodd fyddai dyfalu&apos;r cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>If you forget this passphrase the vault cannot be opened, and your records cannot be recovered.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Os byddwch yn anghofio&apos;r cyfrinymadrodd hwn, nid oes modd agor y gladdgell, ac nid oes modd adfer eich cofnodion.</translation>
    </message>
    <message>
        <source>About you</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich &amp;enw</translation>
    </message>
    <message>
        <source>Your name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your name as the decision-maker on records.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich enw fel y sawl sy&apos;n gwneud y penderfyniad ar gofnodion.</translation>
    </message>
    <message>
        <source>Your &amp;role</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich &amp;rôl</translation>
    </message>
    <message>
        <source>Your role</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>For example GP, health visitor or designated safeguarding lead.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Er enghraifft meddyg teulu, ymwelydd iechyd neu arweinydd diogelu dynodedig.</translation>
    </message>
    <message>
        <source>Guidance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canllawiau</translation>
    </message>
    <message>
        <source>&amp;Which guidance do you follow?</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pa ganlla&amp;wiau rydych chi&apos;n eu dilyn?</translation>
    </message>
    <message>
        <source>The jurisdiction and guidance used when you start a decision.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yr awdurdodaeth a&apos;r canllawiau a ddefnyddir pan fyddwch yn dechrau penderfyniad.</translation>
    </message>
    <message>
        <source>Organisation &amp;profile file (optional)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil proffil y &amp;sefydliad (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Pori…</translation>
    </message>
    <message>
        <source>Creating vault</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n creu&apos;r gladdgell</translation>
    </message>
    <message>
        <source>Shown while the vault is being created.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn cael ei ddangos tra bo&apos;r gladdgell yn cael ei chreu.</translation>
    </message>
    <message>
        <source>The passphrase that will open your vault. Use a few uncommon words: the strength shown below must be good or strong.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cyfrinymadrodd a fydd yn agor eich claddgell. Defnyddiwch ychydig o eiriau anghyffredin: rhaid i&apos;r cryfder a ddangosir isod fod yn dda neu&apos;n gryf.</translation>
    </message>
    <message>
        <source>Type the passphrase again</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>The same passphrase, to check it was typed as meant.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yr un cyfrinymadrodd, i wirio ei fod wedi&apos;i deipio&apos;n gywir.</translation>
    </message>
    <message>
        <source>Which guidance do you follow?</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pa ganllawiau rydych chi&apos;n eu dilyn?</translation>
    </message>
    <message>
        <source>Organisation profile file (optional)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil proffil y sefydliad (dewisol)</translation>
    </message>
    <message>
        <source>A file from your organisation with local contacts and its recovery key.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil gan eich sefydliad gyda chysylltiadau lleol a&apos;i allwedd adfer.</translation>
    </message>
    <message>
        <source>Browse for the organisation profile file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pori am ffeil proffil y sefydliad</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Creu&apos;r gladdgell</translation>
    </message>
    <message>
        <source>Create the encrypted vault with these details.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Creu&apos;r gladdgell wedi&apos;i hamgryptio gyda&apos;r manylion hyn.</translation>
    </message>
    <message>
        <source>&amp;Create vault</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Creu&apos;r &amp;gladdgell</translation>
    </message>
    <message>
        <source>I lead a team: open the &amp;manager&apos;s desk (Inbox, Team overview, Countersign)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rwy&apos;n arwain tîm: agor &amp;desg y rheolwr (Blwch derbyn, Trosolwg o&apos;r tîm, Cydlofnodi)</translation>
    </message>
</context>
<context>
    <name>FlowMap</name>
    <message>
        <source>Flowchart map</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Map y siart llif</translation>
    </message>
    <message>
        <source>No flowchart loaded.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim siart llif wedi&apos;i lwytho.</translation>
    </message>
    <message>
        <source>Flowchart with %1 steps. You are at: %2. Steps taken so far: %3.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Siart llif gyda %1 cam. Rydych chi yn: %2. Camau a gymerwyd hyd yma: %3.</translation>
    </message>
    <message>
        <source>none yet</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>dim eto</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Reading the vault</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n darllen y gladdgell</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) due for review.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>
            <numerusform>%n cofnod i&apos;w adolygu.</numerusform>
            <numerusform>%n cofnod i&apos;w adolygu.</numerusform>
            <numerusform>%n cofnod i&apos;w adolygu.</numerusform>
            <numerusform>%n cofnod i&apos;w adolygu.</numerusform>
            <numerusform>%n cofnod i&apos;w adolygu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No reviews due.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim adolygiadau&apos;n ddyledus.</translation>
    </message>
    <message>
        <source>Sending to the case system is not set up.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw anfon i&apos;r system achosion wedi&apos;i osod.</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go to the case system.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
        </translation>
    </message>
    <message>
        <source>The vault could not be read (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd darllen y gladdgell (%1).</translation>
    </message>
    <message>
        <source>no subject reference</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>dim cyfeirnod gwrthrych</translation>
    </message>
    <message>
        <source>to %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>at %1</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>saved %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>cadwyd %1</translation>
    </message>
    <message>
        <source>ref %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>cyf %1</translation>
    </message>
    <message>
        <source>Home</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Hafan</translation>
    </message>
    <message>
        <source>If a child is at risk of significant harm, follow your child protection procedures now: contact children&apos;s social care or the police without delay.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Os yw plentyn mewn perygl o niwed sylweddol, dilynwch eich gweithdrefnau amddiffyn plant nawr: cysylltwch â gofal cymdeithasol i blant neu&apos;r heddlu heb oedi.</translation>
    </message>
    <message>
        <source>Start a decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dechrau penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Guidance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Canllawiau</translation>
    </message>
    <message>
        <source>Guidance for the decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canllawiau ar gyfer y penderfyniad</translation>
    </message>
    <message>
        <source>Which guidance the new decision follows.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pa ganllawiau y mae&apos;r penderfyniad newydd yn eu dilyn.</translation>
    </message>
    <message>
        <source>Begin a new information-sharing decision.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dechrau penderfyniad newydd ynghylch rhannu gwybodaeth.</translation>
    </message>
    <message>
        <source>&amp;Start a decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Dechrau penderfyniad</translation>
    </message>
    <message>
        <source>Drafts in progress</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Drafftiau ar y gweill</translation>
    </message>
    <message>
        <source>Decisions started but not finalised.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau a ddechreuwyd ond heb eu cwblhau.</translation>
    </message>
    <message>
        <source>No drafts in progress.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim drafftiau ar y gweill.</translation>
    </message>
    <message>
        <source>Resume draft</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ailddechrau&apos;r drafft</translation>
    </message>
    <message>
        <source>Continue the selected draft.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Parhau â&apos;r drafft a ddewiswyd.</translation>
    </message>
    <message>
        <source>&amp;Resume draft</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ailddechrau&apos;r drafft</translation>
    </message>
    <message>
        <source>Recent decisions</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau diweddar</translation>
    </message>
    <message>
        <source>Your most recently finalised decisions.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich penderfyniadau a gwblhawyd ddiweddaraf.</translation>
    </message>
    <message>
        <source>No decisions recorded yet.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim penderfyniadau wedi&apos;u cofnodi eto.</translation>
    </message>
    <message>
        <source>Open record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Agor y cofnod</translation>
    </message>
    <message>
        <source>Show the selected record.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dangos y cofnod a ddewiswyd.</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>A&amp;gor y cofnod</translation>
    </message>
    <message>
        <source>All records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pob cofnod</translation>
    </message>
    <message>
        <source>Search and filter every record.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Chwilio a hidlo pob cofnod.</translation>
    </message>
    <message>
        <source>All re&amp;cords</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pob c&amp;ofnod</translation>
    </message>
    <message>
        <source>To do</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>I&apos;w wneud</translation>
    </message>
    <message>
        <source>Reviews due</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Adolygiadau&apos;n ddyledus</translation>
    </message>
    <message>
        <source>Records whose review date has arrived.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion y mae eu dyddiad adolygu wedi cyrraedd.</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Blwch allan</translation>
    </message>
    <message>
        <source>See what is waiting to go to the case system, and send it.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gweld beth sy&apos;n aros i fynd i&apos;r system achosion, a&apos;i anfon.</translation>
    </message>
    <message>
        <source>Out&amp;box</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Blwch a&amp;llan</translation>
    </message>
</context>
<context>
    <name>ImportProfileDialog</name>
    <message>
        <source>Import organisation profile</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mewnforio proffil y sefydliad</translation>
    </message>
    <message>
        <source>Lock after idle minutes</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi ar ôl munudau segur</translation>
    </message>
    <message>
        <source>Days a record is kept after the case system acknowledged it</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nifer y diwrnodau y caiff cofnod ei gadw ar ôl i&apos;r system achosion ei gydnabod</translation>
    </message>
    <message>
        <source>Default guidance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canllawiau diofyn</translation>
    </message>
    <message>
        <source>Case system address</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfeiriad y system achosion</translation>
    </message>
    <message>
        <source>Case system certificate</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Tystysgrif y system achosion</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dirprwy (proxy)</translation>
    </message>
    <message>
        <source>Desk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Desg</translation>
    </message>
    <message>
        <source>Profile file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil y proffil</translation>
    </message>
    <message>
        <source>Signing key file (optional)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil yr allwedd llofnodi (dewisol)</translation>
    </message>
    <message>
        <source>Only if your administrator gave you one</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim ond os rhoddodd eich gweinyddwr un i chi</translation>
    </message>
    <message>
        <source>&amp;Profile file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil y &amp;proffil</translation>
    </message>
    <message>
        <source>Browse for the profile file...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pori am ffeil y proffil...</translation>
    </message>
    <message>
        <source>&amp;Signing key file (optional)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil yr allwedd &amp;llofnodi (dewisol)</translation>
    </message>
    <message>
        <source>Browse for the signing key...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pori am yr allwedd llofnodi...</translation>
    </message>
    <message>
        <source>What this profile changes</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Beth mae&apos;r proffil hwn yn ei newid</translation>
    </message>
    <message>
        <source>&amp;Import profile</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Mewnforio&apos;r proffil</translation>
    </message>
    <message>
        <source>The profile from your organisation sets the idle lock, how long records are kept, the default guidance and where records are sent. It is checked exactly as at first run.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae&apos;r proffil gan eich sefydliad yn gosod y clo segur, am ba hyd y caiff cofnodion eu cadw, y canllawiau diofyn a ble caiff cofnodion eu hanfon. Caiff ei wirio yn union fel wrth ddechrau am y tro cyntaf.</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pori...</translation>
    </message>
    <message>
        <source>Organisation profile</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Proffil y sefydliad</translation>
    </message>
    <message>
        <source>Organisation profiles (*.toml);;All files (*)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Proffiliau sefydliad (*.toml);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allwedd llofnodi</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allweddi cyhoeddus (*.pem);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>This profile cannot be imported: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oes modd mewnforio&apos;r proffil hwn: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>signed and verified</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>wedi&apos;i lofnodi a&apos;i ddilysu</translation>
    </message>
    <message>
        <source>signed</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>wedi&apos;i lofnodi</translation>
    </message>
    <message>
        <source>not signed</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>heb ei lofnodi</translation>
    </message>
    <message>
        <source>Importing it changes:</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae ei fewnforio yn newid:</translation>
    </message>
    <message>
        <source>%1: %2 becomes %3</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1: mae %2 yn troi&apos;n %3</translation>
    </message>
    <message>
        <source>It changes none of your settings.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw&apos;n newid dim o&apos;ch gosodiadau.</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Heb ei fewnforio: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>(dim)</translation>
    </message>
</context>
<context>
    <name>InboxScreen</name>
    <message>
        <source>Inbox</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Blwch derbyn</translation>
    </message>
    <message>
        <source>Import the bundles your team left in a folder (a shared drive or USB stick). Each is checked before anything is imported; refused ones are moved to the folder&apos;s &apos;refused&apos; subfolder with the reason.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mewnforio&apos;r bwndeli a adawodd eich tîm mewn ffolder (gyriant a rennir neu gof bach). Mae pob un yn cael ei wirio cyn i ddim gael ei fewnforio; mae&apos;r rhai a wrthodir yn cael eu symud i is-ffolder &apos;refused&apos; y ffolder gyda&apos;r rheswm.</translation>
    </message>
    <message>
        <source>Folder of bundles</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffolder bwndeli</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Pori...</translation>
    </message>
    <message>
        <source>Browse... folder of bundles</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pori... ffolder bwndeli</translation>
    </message>
    <message>
        <source>Organisation identity file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil hunaniaeth y sefydliad</translation>
    </message>
    <message>
        <source>Bro&amp;wse...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Po&amp;ri...</translation>
    </message>
    <message>
        <source>Browse... organisation identity file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pori... ffeil hunaniaeth y sefydliad</translation>
    </message>
    <message>
        <source>&amp;Folder of bundles</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ffolder bwndeli</translation>
    </message>
    <message>
        <source>Organisation &amp;identity file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil &amp;hunaniaeth y sefydliad</translation>
    </message>
    <message>
        <source>Intake service address</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfeiriad y gwasanaeth derbyn</translation>
    </message>
    <message>
        <source>Manager token file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil tocyn y rheolwr</translation>
    </message>
    <message>
        <source>Brow&amp;se...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Por&amp;i...</translation>
    </message>
    <message>
        <source>Browse... manager token file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pori... ffeil tocyn y rheolwr</translation>
    </message>
    <message>
        <source>&amp;Pull from intake</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Tynnu o&apos;r gwasanaeth derbyn</translation>
    </message>
    <message>
        <source>Pull from intake</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Tynnu o&apos;r gwasanaeth derbyn</translation>
    </message>
    <message>
        <source>Intake service &amp;address</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfeiriad y gwasanaeth &amp;derbyn</translation>
    </message>
    <message>
        <source>Manager &amp;token file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil t&amp;ocyn y rheolwr</translation>
    </message>
    <message>
        <source>I&amp;mport bundles</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Mewnforio bwndeli</translation>
    </message>
    <message>
        <source>Import bundles</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mewnforio bwndeli</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cynnydd y mewnforio</translation>
    </message>
    <message>
        <source>Bundles</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndeli</translation>
    </message>
    <message>
        <source>File</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Result</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Details</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Summary</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Crynodeb</translation>
    </message>
    <message>
        <source>Unknown laptop</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gliniadur anhysbys</translation>
    </message>
    <message>
        <source>Name for this laptop</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Enw ar gyfer y gliniadur hwn</translation>
    </message>
    <message>
        <source>Who and which laptop</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pwy a pha liniadur</translation>
    </message>
    <message>
        <source>&amp;Trust this laptop</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ymddiried yn y gliniadur hwn</translation>
    </message>
    <message>
        <source>Trust this laptop</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ymddiried yn y gliniadur hwn</translation>
    </message>
    <message>
        <source>&amp;Name for this laptop</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Enw ar gyfer y gliniadur hwn</translation>
    </message>
    <message>
        <source>Choose the folder and the identity file first.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch y ffolder a&apos;r ffeil hunaniaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n mewnforio...</translation>
    </message>
    <message>
        <source>Give the intake address, the manager token file and the identity file first.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch gyfeiriad y gwasanaeth derbyn, ffeil tocyn y rheolwr a&apos;r ffeil hunaniaeth yn gyntaf.</translation>
    </message>
    <message>
        <source>Pulling from the intake...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n tynnu o&apos;r gwasanaeth derbyn...</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>%1 added, %2 amended, %3 already here</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1 wedi&apos;u hychwanegu, %2 wedi&apos;u diwygio, %3 yma eisoes</translation>
    </message>
    <message>
        <source>Bundles read: %1. Imported: %2 (records added: %3). Refused: %4.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndeli a ddarllenwyd: %1. Mewnforiwyd: %2 (cofnodion a ychwanegwyd: %3). Gwrthodwyd: %4.</translation>
    </message>
    <message>
        <source>Cancelled: the rest were left in the folder.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslwyd: gadawyd y gweddill yn y ffolder.</translation>
    </message>
    <message>
        <source>The import stopped unexpectedly.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Daeth y mewnforio i ben yn annisgwyl.</translation>
    </message>
    <message>
        <source>Unknown laptop %1 (calls itself %2). Compare this fingerprint with the one in the laptop&apos;s Settings before you trust it.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gliniadur anhysbys %1 (yn galw ei hun yn %2). Cymharwch yr ôl bys hwn â&apos;r un yng Ngosodiadau&apos;r gliniadur cyn i chi ymddiried ynddo.</translation>
    </message>
    <message>
        <source>Give the laptop a name first.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch enw i&apos;r gliniadur yn gyntaf.</translation>
    </message>
    <message>
        <source>Trusted %1 (%2). %3</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wedi ymddiried yn %1 (%2). %3</translation>
    </message>
    <message>
        <source>Its bundle is back in the folder: press Import bundles.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae ei fwndel yn ôl yn y ffolder: pwyswch Mewnforio bwndeli.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>sharedesk</translation>
    </message>
    <message>
        <source>Information-sharing decisions for safeguarding children.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau rhannu gwybodaeth ar gyfer diogelu plant.</translation>
    </message>
    <message>
        <source>Lock and hide</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi a chuddio</translation>
    </message>
    <message>
        <source>&amp;Vault</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Claddgell</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Mynd</translation>
    </message>
    <message>
        <source>He&amp;lp</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Prif far offer</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cloi nawr</translation>
    </message>
    <message>
        <source>Lock the vault now</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi&apos;r gladdgell nawr</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>&amp;Hide screen</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>C&amp;uddio&apos;r sgrin</translation>
    </message>
    <message>
        <source>Blank the window until you return</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwagio&apos;r ffenestr nes i chi ddychwelyd</translation>
    </message>
    <message>
        <source>Ctrl+H</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+H</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>Lock and quit sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi a gadael sharedesk</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;Home</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Hafan</translation>
    </message>
    <message>
        <source>Go to the home screen</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mynd i&apos;r sgrin hafan</translation>
    </message>
    <message>
        <source>Alt+Home</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Alt+Home</translation>
    </message>
    <message>
        <source>&amp;New decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniad &amp;newydd</translation>
    </message>
    <message>
        <source>Start a new decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dechrau penderfyniad newydd</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cofnodion</translation>
    </message>
    <message>
        <source>Search and open records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Chwilio ac agor cofnodion</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>Reference &amp;library</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Llyfrgell gyfeirio</translation>
    </message>
    <message>
        <source>The guidance, offline</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y canllawiau, all-lein</translation>
    </message>
    <message>
        <source>F1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>Change settings</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Newid y gosodiadau</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>&amp;About sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ynghylch sharedesk</translation>
    </message>
    <message>
        <source>Version and licence</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Fersiwn a thrwydded</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Allforio...</translation>
    </message>
    <message>
        <source>Export records to a file</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allforio cofnodion i ffeil</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Outbox</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Blwch allan</translation>
    </message>
    <message>
        <source>Records waiting to go to the case system</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion sy&apos;n aros i fynd i&apos;r system achosion</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;Copy diagnostic information</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Copïo gwybodaeth ddiagnostig</translation>
    </message>
    <message>
        <source>Copy what support needs (versions, settings, recent log lines), never record content</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïo&apos;r hyn sydd ei angen ar y tîm cymorth (fersiynau, gosodiadau, llinellau diweddar o&apos;r log), byth gynnwys cofnodion</translation>
    </message>
    <message>
        <source>&amp;Manager</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Rheolwr</translation>
    </message>
    <message>
        <source>&amp;Inbox...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Blwch derbyn...</translation>
    </message>
    <message>
        <source>&amp;Devices</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Dyfeisiau</translation>
    </message>
    <message>
        <source>&amp;Team overview</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Trosolwg o&apos;r tîm</translation>
    </message>
</context>
<context>
    <name>OutboxScreen</name>
    <message>
        <source>Bundle</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndel</translation>
    </message>
    <message>
        <source>State</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ymdrechion</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ailgynnig nesaf</translation>
    </message>
    <message>
        <source>Problem</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Mark delivered</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodi ei fod wedi&apos;i ddanfon</translation>
    </message>
    <message>
        <source>How did this bundle reach the case system? (kept in the audit trail)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Sut y cyrhaeddodd y bwndel hwn y system achosion? (wedi&apos;i gadw yn y trywydd archwilio)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Blwch allan</translation>
    </message>
    <message>
        <source>Reading the outbox</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n darllen y blwch allan</translation>
    </message>
    <message>
        <source>No bundles waiting. Finalised records are bundled and sent at the next sync.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim bwndeli&apos;n aros. Mae cofnodion sydd wedi&apos;u cwblhau yn cael eu bwndelu a&apos;u hanfon yn y cysoni nesaf.</translation>
    </message>
    <message>
        <source>Bundles waiting</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndeli&apos;n aros</translation>
    </message>
    <message>
        <source>Each bundle: state, records, attempts, next retry and any problem</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pob bwndel: cyflwr, cofnodion, ymdrechion, yr ailgynnig nesaf ac unrhyw broblem</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cynnydd y cysoni</translation>
    </message>
    <message>
        <source>Records bundled so far</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion a fwndelwyd hyd yma</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>C&amp;ysoni nawr</translation>
    </message>
    <message>
        <source>Send every waiting bundle now</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Anfon pob bwndel sy&apos;n aros nawr</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Canslo&apos;r cysoni</translation>
    </message>
    <message>
        <source>Stop the sync that is running</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Stopio&apos;r cysoni sydd ar waith</translation>
    </message>
    <message>
        <source>Save a &amp;copy...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw c&amp;opi...</translation>
    </message>
    <message>
        <source>Save the encrypted bundle to hand over yourself</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw&apos;r bwndel wedi&apos;i amgryptio i&apos;w drosglwyddo eich hun</translation>
    </message>
    <message>
        <source>Mark &amp;delivered...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodi ei fod wedi&apos;i &amp;ddanfon...</translation>
    </message>
    <message>
        <source>Say the bundle arrived another way; asks for a reason, audited</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dweud bod y bwndel wedi cyrraedd mewn ffordd arall; mae&apos;n gofyn am reswm, ac yn cael ei archwilio</translation>
    </message>
    <message>
        <source>&amp;Re-queue</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ailgiwio</translation>
    </message>
    <message>
        <source>Send a failed bundle&apos;s records again under a new bundle</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Anfon cofnodion bwndel a fethodd eto mewn bwndel newydd</translation>
    </message>
    <message>
        <source>The outbox could not be read (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd darllen y blwch allan (%1).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) waiting to go to the case system.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
            <numerusform>%n cofnod yn aros i fynd i&apos;r system achosion.</numerusform>
        </translation>
    </message>
    <message>
        <source>Last successful sync: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cysoni llwyddiannus diwethaf: %1</translation>
    </message>
    <message>
        <source>Nothing has been acknowledged by the case system yet.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oes dim wedi&apos;i gydnabod gan y system achosion eto.</translation>
    </message>
    <message>
        <source>No receipt key is pinned: records are never purged automatically until a receipt key is pinned (ask your administrator to add the case system&apos;s receipt key to the organisation profile).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oes allwedd derbynneb wedi&apos;i phinio: nid yw cofnodion byth yn cael eu carthu&apos;n awtomatig nes bod allwedd derbynneb wedi&apos;i phinio (gofynnwch i&apos;ch gweinyddwr ychwanegu allwedd derbynneb y system achosion at broffil y sefydliad).</translation>
    </message>
    <message>
        <source>Sending is not set up on this computer: import your organisation&apos;s profile, which names the case system. Meanwhile Vault &gt; Export writes an encrypted bundle you can hand over.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw anfon wedi&apos;i osod ar y cyfrifiadur hwn: mewnforiwch broffil eich sefydliad, sy&apos;n enwi&apos;r system achosion. Yn y cyfamser mae Claddgell &gt; Allforio yn ysgrifennu bwndel wedi&apos;i amgryptio y gallwch ei drosglwyddo.</translation>
    </message>
    <message>
        <source>Syncing...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n cysoni...</translation>
    </message>
    <message>
        <source>Stopping...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n stopio...</translation>
    </message>
    <message>
        <source>Sync finished.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae&apos;r cysoni wedi gorffen.</translation>
    </message>
    <message>
        <source>Sync cancelled: nothing was sent.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslwyd y cysoni: nid anfonwyd dim.</translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Methodd y cysoni: %1</translation>
    </message>
    <message>
        <source>Save a copy of the bundle</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw copi o&apos;r bwndel</translation>
    </message>
    <message>
        <source>Copy saved. The records stay in the outbox until the case system acknowledges them or you mark the bundle delivered.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copi wedi&apos;i gadw. Mae&apos;r cofnodion yn aros yn y blwch allan nes bod y system achosion yn eu cydnabod neu nes i chi nodi bod y bwndel wedi&apos;i ddanfon.</translation>
    </message>
    <message>
        <source>Not marked: a reason is needed.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Heb ei nodi: mae angen rheswm.</translation>
    </message>
    <message>
        <source>Marked delivered (noted in the audit trail).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodwyd ei fod wedi&apos;i ddanfon (wedi&apos;i nodi yn y trywydd archwilio).</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s) will be sent again in a new bundle.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>
            <numerusform>Bydd %n cofnod yn cael eu hanfon eto mewn bwndel newydd.</numerusform>
            <numerusform>Bydd %n cofnod yn cael eu hanfon eto mewn bwndel newydd.</numerusform>
            <numerusform>Bydd %n cofnod yn cael eu hanfon eto mewn bwndel newydd.</numerusform>
            <numerusform>Bydd %n cofnod yn cael eu hanfon eto mewn bwndel newydd.</numerusform>
            <numerusform>Bydd %n cofnod yn cael eu hanfon eto mewn bwndel newydd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PassphraseAdvice</name>
    <message>
        <source>very weak</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>gwan iawn</translation>
    </message>
    <message>
        <source>weak</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>gwan</translation>
    </message>
    <message>
        <source>fair</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>gweddol</translation>
    </message>
    <message>
        <source>good</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>da</translation>
    </message>
    <message>
        <source>strong</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>cryf</translation>
    </message>
    <message>
        <source>empty.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>mae&apos;n wag.</translation>
    </message>
    <message>
        <source>too easy to guess: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>mae&apos;n rhy hawdd ei ddyfalu: %1</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae&apos;r cyfrinymadrodd yn wag.</translation>
    </message>
    <message>
        <source>Use a few uncommon words.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Defnyddiwch ychydig o eiriau anghyffredin.</translation>
    </message>
    <message>
        <source>Use a few words, avoid common phrases.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Defnyddiwch ychydig o eiriau, ac osgoi ymadroddion cyffredin.</translation>
    </message>
    <message>
        <source>No need for symbols, digits, or uppercase letters.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oes angen symbolau, digidau na phriflythrennau.</translation>
    </message>
    <message>
        <source>Add another word or two. Uncommon words are better.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ychwanegwch air neu ddau arall. Mae geiriau anghyffredin yn well.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae rhesi syth o fysellau yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae patrymau byr ar y bysellfwrdd yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Use a longer keyboard pattern with more turns.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Defnyddiwch batrwm hirach ar y bysellfwrdd gyda rhagor o droadau.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae ailadrodd fel &quot;aaa&quot; yn hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim ond ychydig yn anoddach ei ddyfalu na &quot;abc&quot; yw ailadrodd fel &quot;abcabcabc&quot;.</translation>
    </message>
    <message>
        <source>Avoid repeated words and characters.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Osgowch eiriau a nodau sy&apos;n cael eu hailadrodd.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae dilyniannau fel &quot;abc&quot; neu &quot;6543&quot; yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Avoid sequences.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Osgowch ddilyniannau.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae blynyddoedd diweddar yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Avoid recent years.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Osgowch flynyddoedd diweddar.</translation>
    </message>
    <message>
        <source>Avoid years that are associated with you.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Osgowch flynyddoedd sy&apos;n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae dyddiadau yn aml yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Avoid dates and years that are associated with you.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Osgowch ddyddiadau a blynyddoedd sy&apos;n gysylltiedig â chi.</translation>
    </message>
    <message>
        <source>This is a top-10 common password.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae hwn yn un o&apos;r 10 cyfrinair mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>This is a top-100 common password.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae hwn yn un o&apos;r 100 cyfrinair mwyaf cyffredin.</translation>
    </message>
    <message>
        <source>This is a very common password.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae hwn yn gyfrinair cyffredin iawn.</translation>
    </message>
    <message>
        <source>This is similar to a commonly used password.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae hwn yn debyg i gyfrinair a ddefnyddir yn aml.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae gair ar ei ben ei hun yn hawdd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae enwau a chyfenwau ar eu pen eu hunain yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Common names and surnames are easy to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae enwau a chyfenwau cyffredin yn hawdd eu dyfalu.</translation>
    </message>
    <message>
        <source>Capitalization doesn&apos;t help very much.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw priflythrennau yn helpu rhyw lawer.</translation>
    </message>
    <message>
        <source>All-uppercase is almost as easy to guess as all-lowercase.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae priflythrennau i gyd bron mor hawdd eu dyfalu â llythrennau bach i gyd.</translation>
    </message>
    <message>
        <source>Reversed words aren&apos;t much harder to guess.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw geiriau wedi&apos;u sillafu tuag yn ôl fawr anoddach eu dyfalu.</translation>
    </message>
    <message>
        <source>Predictable substitutions like &apos;@&apos; instead of &apos;a&apos; don&apos;t help very much.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw amnewidiadau rhagweladwy fel &apos;@&apos; yn lle &apos;a&apos; yn helpu rhyw lawer.</translation>
    </message>
</context>
<context>
    <name>PrivacyCurtain</name>
    <message>
        <source>sharedesk is hidden.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae sharedesk wedi&apos;i guddio.</translation>
    </message>
    <message>
        <source>&amp;Show sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Dangos sharedesk</translation>
    </message>
    <message>
        <source>Show sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dangos sharedesk</translation>
    </message>
    <message>
        <source>Bring back the screen you were using.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dod â&apos;r sgrin roeddech yn ei defnyddio yn ôl.</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ie</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Na</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Open</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Agor</translation>
    </message>
</context>
<context>
    <name>RecordDetail</name>
    <message>
        <source>Record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnod</translation>
    </message>
    <message>
        <source>Reading the record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n darllen y cofnod</translation>
    </message>
    <message>
        <source>The record could not be read again (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd darllen y cofnod eto (%1).</translation>
    </message>
    <message>
        <source>Decision: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniad: %1</translation>
    </message>
    <message>
        <source>Finalised %1 (read-only)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cwblhawyd %1 (darllen yn unig)</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Record id: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dynodydd y cofnod: %1</translation>
    </message>
    <message>
        <source>The path taken</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y llwybr a ddilynwyd</translation>
    </message>
    <message>
        <source>Reading...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n darllen...</translation>
    </message>
    <message>
        <source>The record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cofnod</translation>
    </message>
    <message>
        <source>Amendments</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Diwygiadau</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Digwyddiadau archwilio</translation>
    </message>
    <message>
        <source>(blank)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>(gwag)</translation>
    </message>
    <message>
        <source>(amended)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>(diwygiwyd)</translation>
    </message>
    <message>
        <source>Original: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwreiddiol: %1</translation>
    </message>
    <message>
        <source>Amended %1 by %2 (reason: %3): %4</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Diwygiwyd %1 gan %2 (rheswm: %3): %4</translation>
    </message>
    <message>
        <source>Advice from %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyngor gan %1</translation>
    </message>
    <message>
        <source>Amendment added.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ychwanegwyd y diwygiad.</translation>
    </message>
    <message>
        <source>Counter&amp;sign...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cydlo&amp;fnodi...</translation>
    </message>
    <message>
        <source>Countersign</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cydlofnodi</translation>
    </message>
    <message>
        <source>Record your review of this finalised record, signed with this laptop&apos;s key</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodi eich adolygiad o&apos;r cofnod terfynol hwn, wedi&apos;i lofnodi ag allwedd y gliniadur hwn</translation>
    </message>
    <message>
        <source>Countersignature added.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ychwanegwyd y cydlofnod.</translation>
    </message>
    <message>
        <source>The path taken, the record, its amendments and its audit events</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y llwybr a ddilynwyd, y cofnod, ei ddiwygiadau a&apos;i ddigwyddiadau archwilio</translation>
    </message>
    <message>
        <source>Copy record &amp;id</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïo &amp;dynodydd y cofnod</translation>
    </message>
    <message>
        <source>Copy record id</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïo dynodydd y cofnod</translation>
    </message>
    <message>
        <source>Copy the record id; the clipboard is cleared after a short time</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïo dynodydd y cofnod; mae&apos;r clipfwrdd yn cael ei glirio ar ôl ychydig</translation>
    </message>
    <message>
        <source>&amp;Copy record text</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Copïo testun y cofnod</translation>
    </message>
    <message>
        <source>Copy record text</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïo testun y cofnod</translation>
    </message>
    <message>
        <source>Copy the whole record as text; the clipboard is cleared after a short time</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïo&apos;r cofnod cyfan fel testun; mae&apos;r clipfwrdd yn cael ei glirio ar ôl ychydig</translation>
    </message>
    <message>
        <source>E&amp;xport this record...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>A&amp;llforio&apos;r cofnod hwn...</translation>
    </message>
    <message>
        <source>Export this record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allforio&apos;r cofnod hwn</translation>
    </message>
    <message>
        <source>&amp;Add amendment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ychwanegu diwygiad</translation>
    </message>
    <message>
        <source>Add amendment</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ychwanegu diwygiad</translation>
    </message>
    <message>
        <source>Correct or add to this finalised record, with a reason; the original is kept</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cywiro&apos;r cofnod terfynol hwn neu ychwanegu ato, gyda rheswm; mae&apos;r gwreiddiol yn cael ei gadw</translation>
    </message>
</context>
<context>
    <name>RecordFields</name>
    <message>
        <source>Your name</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich enw</translation>
    </message>
    <message>
        <source>Your role</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich rôl</translation>
    </message>
    <message>
        <source>Why this decision arose (request received or proactive)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pam y codwyd y penderfyniad hwn (cais wedi dod i law neu ragweithiol)</translation>
    </message>
    <message>
        <source>Who asked, and when</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pwy ofynnodd, a phryd</translation>
    </message>
    <message>
        <source>Who the information is about (initials or case reference only)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Am bwy mae&apos;r wybodaeth (llythrennau blaen neu gyfeirnod achos yn unig)</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>NHS number</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhif GIG</translation>
    </message>
    <message>
        <source>Purpose of sharing</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Diben rhannu</translation>
    </message>
    <message>
        <source>Reasons for the decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhesymau dros y penderfyniad</translation>
    </message>
    <message>
        <source>Why sharing is necessary and proportionate</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pam mae rhannu yn angenrheidiol ac yn gymesur</translation>
    </message>
    <message>
        <source>Less intrusive ways considered</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffyrdd llai ymwthiol a ystyriwyd</translation>
    </message>
    <message>
        <source>Facts shared</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeithiau a rannwyd</translation>
    </message>
    <message>
        <source>Opinions shared (marked as opinion)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Barn a rannwyd (wedi&apos;i nodi fel barn)</translation>
    </message>
    <message>
        <source>What was withheld, and why</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Beth a ddaliwyd yn ôl, a pham</translation>
    </message>
    <message>
        <source>Recipient (organisation, role, name)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Derbynnydd (sefydliad, rôl, enw)</translation>
    </message>
    <message>
        <source>When it was shared</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pryd y cafodd ei rannu</translation>
    </message>
    <message>
        <source>How it was shared</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Sut y cafodd ei rannu</translation>
    </message>
    <message>
        <source>Security measures used</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mesurau diogelwch a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>Lawful basis (UK GDPR Article 6)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Sail gyfreithlon (Erthygl 6 GDPR y DU)</translation>
    </message>
    <message>
        <source>Article 9 / DPA 2018 Schedule 1 condition</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Amod Erthygl 9 / Atodlen 1 DPA 2018</translation>
    </message>
    <message>
        <source>Legal gateway</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Porth cyfreithiol</translation>
    </message>
    <message>
        <source>Consent</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Caniatâd</translation>
    </message>
    <message>
        <source>Why consent was not sought, or what was said</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pam na ofynnwyd am ganiatâd, neu beth a ddywedwyd</translation>
    </message>
    <message>
        <source>Was the person told about the sharing?</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>A ddywedwyd wrth yr unigolyn am y rhannu?</translation>
    </message>
    <message>
        <source>Why the person was not told</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pam na ddywedwyd wrth yr unigolyn</translation>
    </message>
    <message>
        <source>Views of the child and family</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Barn y plentyn a&apos;r teulu</translation>
    </message>
    <message>
        <source>Emergency sharing (recorded afterwards)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhannu mewn argyfwng (wedi&apos;i gofnodi wedyn)</translation>
    </message>
    <message>
        <source>Identities to protect</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Hunaniaethau i&apos;w diogelu</translation>
    </message>
    <message>
        <source>Review date</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Not sought</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Heb ofyn amdano</translation>
    </message>
    <message>
        <source>Sought and given</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gofynnwyd amdano a&apos;i roi</translation>
    </message>
    <message>
        <source>Sought and refused</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gofynnwyd amdano a&apos;i wrthod</translation>
    </message>
    <message>
        <source>Given, then withdrawn</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhoddwyd, yna tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Yes</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Do</translation>
    </message>
    <message>
        <source>No</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Naddo</translation>
    </message>
    <message>
        <source>Public task (Art 6(1)(e))</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Tasg gyhoeddus (Erth 6(1)(e))</translation>
    </message>
    <message>
        <source>Legal obligation (Art 6(1)(c))</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhwymedigaeth gyfreithiol (Erth 6(1)(c))</translation>
    </message>
    <message>
        <source>Vital interests (Art 6(1)(d))</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Buddiannau hanfodol (Erth 6(1)(d))</translation>
    </message>
    <message>
        <source>Consent (Art 6(1)(a))</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Caniatâd (Erth 6(1)(a))</translation>
    </message>
    <message>
        <source>Contract (Art 6(1)(b))</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Contract (Erth 6(1)(b))</translation>
    </message>
    <message>
        <source>Legitimate interests (Art 6(1)(f))</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Buddiannau dilys (Erth 6(1)(f))</translation>
    </message>
    <message>
        <source>Recognised legitimate interest (Art 6(1)(ea))</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Buddiant dilys cydnabyddedig (Erth 6(1)(ea))</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <source>Facts only: what you know, saw or were told directly.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffeithiau yn unig: yr hyn rydych yn ei wybod, a welsoch neu a ddywedwyd wrthych yn uniongyrchol.</translation>
    </message>
    <message>
        <source>Your professional opinion, kept apart from the facts.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eich barn broffesiynol, ar wahân i&apos;r ffeithiau.</translation>
    </message>
    <message>
        <source>People who could be harmed if named. They are not shared.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pobl a allai gael eu niweidio pe baent yn cael eu henwi. Nid ydynt yn cael eu rhannu.</translation>
    </message>
    <message>
        <source>Initials or a case reference only, not a full name.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Llythrennau blaen neu gyfeirnod achos yn unig, nid enw llawn.</translation>
    </message>
    <message>
        <source>Required whether or not you share.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gofynnol p&apos;un a ydych yn rhannu ai peidio.</translation>
    </message>
    <message>
        <source>Anything you decided not to share, and why.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Unrhyw beth y penderfynoch beidio â&apos;i rannu, a pham.</translation>
    </message>
    <message>
        <source>Day/month/year, for example 31/03/2026.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Diwrnod/mis/blwyddyn, er enghraifft 31/03/2026.</translation>
    </message>
    <message>
        <source>Day/month/year and a time if you know it, for example 31/03/2026 14:30.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Diwrnod/mis/blwyddyn ac amser os ydych yn ei wybod, er enghraifft 31/03/2026 14:30.</translation>
    </message>
    <message>
        <source>Record the decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodi&apos;r penderfyniad</translation>
    </message>
    <message>
        <source>The fields of the decision record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Meysydd cofnod y penderfyniad</translation>
    </message>
    <message>
        <source>Choose one</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch un</translation>
    </message>
    <message>
        <source>dd/mm/yyyy</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>dd/mm/bbbb</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Calendr</translation>
    </message>
    <message>
        <source>Calendar for %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Calendr ar gyfer %1</translation>
    </message>
    <message>
        <source>Choose a contact (Down arrow) or type</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch gyswllt (saeth i lawr) neu teipiwch</translation>
    </message>
    <message>
        <source>Why you are not sharing, and any advice you still need. Be ready to reconsider if circumstances change.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pam nad ydych yn rhannu, ac unrhyw gyngor sydd ei angen arnoch o hyd. Byddwch yn barod i ailystyried os bydd amgylchiadau&apos;n newid.</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation> (dewisol)</translation>
    </message>
    <message>
        <source>Note: </source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodyn: </translation>
    </message>
    <message>
        <source>Record fields</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Meysydd y cofnod</translation>
    </message>
    <message>
        <source>There is a problem</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae problem</translation>
    </message>
    <message>
        <source>Problems to fix</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Problemau i&apos;w datrys</translation>
    </message>
    <message>
        <source>About this decision</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Am y penderfyniad hwn</translation>
    </message>
    <message>
        <source>More details (optional)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhagor o fanylion (dewisol)</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Go back to the last question; what you typed is kept</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mynd yn ôl i&apos;r cwestiwn olaf; mae&apos;r hyn a deipiwyd gennych yn cael ei gadw</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Parhau</translation>
    </message>
    <message>
        <source>Continue</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Check the record for problems, then check your answers</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwirio&apos;r cofnod am broblemau, yna gwirio eich atebion</translation>
    </message>
</context>
<context>
    <name>RecordsScreen</name>
    <message>
        <source>Records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source>Search and open your decision records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Chwilio ac agor cofnodion eich penderfyniadau</translation>
    </message>
    <message>
        <source>Reading the records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n darllen y cofnodion</translation>
    </message>
    <message>
        <source>Any outcome</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Unrhyw ganlyniad</translation>
    </message>
    <message>
        <source>Any export status</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Unrhyw statws allforio</translation>
    </message>
    <message>
        <source>Any</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Unrhyw</translation>
    </message>
    <message>
        <source>More than %1 records match; scroll for more.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae mwy na %1 cofnod yn cyfateb; sgroliwch i weld rhagor.</translation>
    </message>
    <message>
        <source>No records match.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Does dim cofnodion yn cyfateb.</translation>
    </message>
    <message>
        <source>No records yet.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dim cofnodion eto.</translation>
    </message>
    <message>
        <source>1 record.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>1 cofnod.</translation>
    </message>
    <message>
        <source>%1 records.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1 cofnod.</translation>
    </message>
    <message>
        <source>Newest first; press Enter to open one.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y mwyaf diweddar yn gyntaf; pwyswch Enter i agor un.</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Chwilio</translation>
    </message>
    <message>
        <source>Search records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Chwilio cofnodion</translation>
    </message>
    <message>
        <source>Words to find in the records; every word must match</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Geiriau i&apos;w canfod yn y cofnodion; rhaid i bob gair gyfateb</translation>
    </message>
    <message>
        <source>O&amp;utcome</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ca&amp;nlyniad</translation>
    </message>
    <message>
        <source>Outcome filter</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Hidlydd canlyniad</translation>
    </message>
    <message>
        <source>Show only records with this outcome</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dangos dim ond cofnodion gyda&apos;r canlyniad hwn</translation>
    </message>
    <message>
        <source>&amp;Export status</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Statws &amp;allforio</translation>
    </message>
    <message>
        <source>Export status filter</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Hidlydd statws allforio</translation>
    </message>
    <message>
        <source>Show only records with this export status</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dangos dim ond cofnodion gyda&apos;r statws allforio hwn</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;O</translation>
    </message>
    <message>
        <source>Created from</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Crëwyd o</translation>
    </message>
    <message>
        <source>Earliest creation date to show; Any for no limit</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y dyddiad creu cynharaf i&apos;w ddangos; Unrhyw i beidio â chyfyngu</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Hyd at</translation>
    </message>
    <message>
        <source>Created to</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Crëwyd hyd at</translation>
    </message>
    <message>
        <source>Latest creation date to show; Any for no limit</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y dyddiad creu diweddaraf i&apos;w ddangos; Unrhyw i beidio â chyfyngu</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>C&amp;lirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Clirio&apos;r hidlyddion</translation>
    </message>
    <message>
        <source>Remove the search words and every filter</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Tynnu&apos;r geiriau chwilio a phob hidlydd</translation>
    </message>
    <message>
        <source>Your decision records, newest first; press Enter to open one</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodion eich penderfyniadau, y mwyaf diweddar yn gyntaf; pwyswch Enter i agor un</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>A&amp;gor y cofnod</translation>
    </message>
    <message>
        <source>Open record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Agor y cofnod</translation>
    </message>
    <message>
        <source>Open the selected record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Agor y cofnod a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>RecordsTableModel</name>
    <message>
        <source>Created</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwrthrych</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Derbynnydd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Status</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Export status</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Statws allforio</translation>
    </message>
    <message>
        <source>Review date</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>Flow</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Llif</translation>
    </message>
    <message>
        <source>The records could not be read (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd darllen y cofnodion (%1).</translation>
    </message>
</context>
<context>
    <name>ReferenceScreen</name>
    <message>
        <source>Reference library</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Llyfrgell gyfeirio</translation>
    </message>
    <message>
        <source>The guidance, principles and law, searchable offline</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y canllawiau, yr egwyddorion a&apos;r gyfraith, i&apos;w chwilio all-lein</translation>
    </message>
    <message>
        <source> (unverified)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation> (heb ei wirio)</translation>
    </message>
    <message>
        <source>1 entry matches.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae 1 eitem yn cyfateb.</translation>
    </message>
    <message>
        <source>%1 entries match.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae %1 eitem yn cyfateb.</translation>
    </message>
    <message>
        <source>Nothing matches. Try fewer or different words.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Does dim yn cyfateb. Rhowch gynnig ar lai o eiriau neu eiriau gwahanol.</translation>
    </message>
    <message>
        <source>%1 entries.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1 eitem.</translation>
    </message>
    <message>
        <source>This wording has not been verified against the source.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw&apos;r geiriad hwn wedi&apos;i wirio yn erbyn y ffynhonnell.</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ffynhonnell: %1</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>Back</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Return to the screen you came from (Escape)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dychwelyd i&apos;r sgrin y daethoch ohoni (Escape)</translation>
    </message>
    <message>
        <source>&amp;Search the guidance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Chwilio&apos;r canllawiau</translation>
    </message>
    <message>
        <source>Search the guidance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Chwilio&apos;r canllawiau</translation>
    </message>
    <message>
        <source>Words to find in the reference library; every word must match</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Geiriau i&apos;w canfod yn y llyfrgell gyfeirio; rhaid i bob gair gyfateb</translation>
    </message>
    <message>
        <source>Topics</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pynciau</translation>
    </message>
    <message>
        <source>Sections and entries of the reference library</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Adrannau ac eitemau&apos;r llyfrgell gyfeirio</translation>
    </message>
    <message>
        <source>Topic</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pwnc</translation>
    </message>
    <message>
        <source>Reference text</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Testun cyfeirio</translation>
    </message>
    <message>
        <source>The selected entry with its source</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yr eitem a ddewiswyd gyda&apos;i ffynhonnell</translation>
    </message>
</context>
<context>
    <name>SeekAdviceDialog</name>
    <message>
        <source>Seek advice</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gofyn am gyngor</translation>
    </message>
    <message>
        <source>Record who you asked for advice and what they said.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodwch pwy y gofynnoch iddynt am gyngor a beth ddywedon nhw.</translation>
    </message>
    <message>
        <source>Advice about: %1. Do not identify the child or family if you can avoid it.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyngor am: %1. Peidiwch ag enwi&apos;r plentyn na&apos;r teulu os gallwch osgoi hynny.</translation>
    </message>
    <message>
        <source>Who you asked</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Pwy y gofynnoch iddynt</translation>
    </message>
    <message>
        <source>Their role and name, for example: designated safeguarding lead, A. Khan</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Eu rôl a&apos;u henw, er enghraifft: arweinydd diogelu dynodedig, A. Khan</translation>
    </message>
    <message>
        <source>What they advised</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Beth oedd eu cyngor</translation>
    </message>
    <message>
        <source>The advice given, in your own words</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cyngor a roddwyd, yn eich geiriau eich hun</translation>
    </message>
    <message>
        <source>&amp;Who you asked</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Pwy y gofynnoch iddynt</translation>
    </message>
    <message>
        <source>What they &amp;advised</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Beth oedd eu c&amp;yngor</translation>
    </message>
    <message>
        <source>&amp;Record advice</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>C&amp;ofnodi&apos;r cyngor</translation>
    </message>
    <message>
        <source>Record advice</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cofnodi&apos;r cyngor</translation>
    </message>
    <message>
        <source>Add this advice to the decision path</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ychwanegu&apos;r cyngor hwn at lwybr y penderfyniad</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Canslo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close without recording advice</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cau heb gofnodi cyngor</translation>
    </message>
    <message>
        <source>Enter who you asked for advice</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch pwy y gofynnoch iddynt am gyngor</translation>
    </message>
    <message>
        <source>Enter what they advised</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch beth oedd eu cyngor</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>System colours</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Lliwiau&apos;r system</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>This system reports sleep and screen lock to sharedesk.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae&apos;r system hon yn rhoi gwybod i sharedesk am gysgu a chloi&apos;r sgrin.</translation>
    </message>
    <message>
        <source>This system does not report sleep or screen lock to sharedesk: the idle lock still applies.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw&apos;r system hon yn rhoi gwybod i sharedesk am gysgu na chloi&apos;r sgrin: mae&apos;r clo segur yn dal yn berthnasol.</translation>
    </message>
    <message>
        <source>This laptop&apos;s device key</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allwedd dyfais y gliniadur hwn</translation>
    </message>
    <message>
        <source>The fingerprint of the key that signs this laptop&apos;s bundles; an administrator compares it when enrolling the laptop.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ôl bys yr allwedd sy&apos;n llofnodi bwndeli&apos;r gliniadur hwn; mae gweinyddwr yn ei gymharu wrth gofrestru&apos;r gliniadur.</translation>
    </message>
    <message>
        <source>Cop&amp;y device key</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïo allwedd y &amp;ddyfais</translation>
    </message>
    <message>
        <source>Copies this laptop&apos;s public device key, to give to your administrator.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn copïo allwedd ddyfais gyhoeddus y gliniadur hwn, i&apos;w rhoi i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>Add organisation &amp;recovery key</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Ychwanegu allwedd adfer y sefydliad</translation>
    </message>
    <message>
        <source>Lets your organisation&apos;s recovery key open this vault if the passphrase is forgotten. Uses the recovery key of the organisation profile in use.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn gadael i allwedd adfer eich sefydliad agor y gladdgell hon os yw&apos;r cyfrinymadrodd wedi&apos;i anghofio. Yn defnyddio allwedd adfer proffil y sefydliad sy&apos;n cael ei ddefnyddio.</translation>
    </message>
    <message>
        <source>Import organisation pro&amp;file...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mewnforio pro&amp;ffil y sefydliad...</translation>
    </message>
    <message>
        <source>Choose the profile file from your organisation; you see what it changes before it is imported.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewiswch ffeil y proffil gan eich sefydliad; byddwch yn gweld beth mae&apos;n ei newid cyn iddo gael ei fewnforio.</translation>
    </message>
    <message>
        <source>Change &amp;passphrase...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Newid y cyfrinymadrodd...</translation>
    </message>
    <message>
        <source>Choose a new passphrase for the vault; the records are not rewritten.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dewis cyfrinymadrodd newydd ar gyfer y gladdgell; nid yw&apos;r cofnodion yn cael eu hailysgrifennu.</translation>
    </message>
    <message>
        <source>Manager&apos;s des&amp;k: Inbox, Devices, Team overview and Countersign</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Desg y r&amp;heolwr: Blwch derbyn, Dyfeisiau, Trosolwg o&apos;r tîm a Chydlofnodi</translation>
    </message>
    <message>
        <source>Manager&apos;s desk: Inbox, Devices, Team overview and Countersign</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Desg y rheolwr: Blwch derbyn, Dyfeisiau, Trosolwg o&apos;r tîm a Chydlofnodi</translation>
    </message>
    <message>
        <source>Retention: no receipt key is pinned, so records are never purged automatically until a receipt key is pinned (the organisation profile&apos;s case_system.receipt_keys).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw: nid oes allwedd derbynneb wedi&apos;i phinio, felly nid yw cofnodion byth yn cael eu carthu&apos;n awtomatig nes bod allwedd derbynneb wedi&apos;i phinio (case_system.receipt_keys ym mhroffil y sefydliad).</translation>
    </message>
    <message>
        <source>This laptop&apos;s device key (an administrator enrols it so a manager accepts its bundles): %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allwedd dyfais y gliniadur hwn (mae gweinyddwr yn ei chofrestru fel bod rheolwr yn derbyn ei fwndeli): %1</translation>
    </message>
    <message>
        <source>Recovery: your organisation&apos;s recovery key can open this vault if the passphrase is forgotten.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Adfer: gall allwedd adfer eich sefydliad agor y gladdgell hon os yw&apos;r cyfrinymadrodd wedi&apos;i anghofio.</translation>
    </message>
    <message>
        <source>Recovery: no organisation recovery key is set. If the passphrase is forgotten the vault cannot be opened.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Adfer: nid oes allwedd adfer gan y sefydliad wedi&apos;i gosod. Os yw&apos;r cyfrinymadrodd wedi&apos;i anghofio, nid oes modd agor y gladdgell.</translation>
    </message>
    <message>
        <source>Passphrase changed: use the new one from now on.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Newidiwyd y cyfrinymadrodd: defnyddiwch yr un newydd o hyn ymlaen.</translation>
    </message>
    <message>
        <source>Organisation profile imported: %1.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mewnforiwyd proffil y sefydliad: %1.</translation>
    </message>
    <message>
        <source>Recovery key not added: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ni ychwanegwyd yr allwedd adfer: %1</translation>
    </message>
    <message>
        <source>Recovery key added: your organisation can now open this vault if the passphrase is forgotten.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ychwanegwyd yr allwedd adfer: gall eich sefydliad agor y gladdgell hon yn awr os yw&apos;r cyfrinymadrodd wedi&apos;i anghofio.</translation>
    </message>
    <message>
        <source>Settings not saved: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ni chadwyd y gosodiadau: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadwyd y gosodiadau.</translation>
    </message>
    <message>
        <source>Device key copied: give it to your administrator.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copïwyd allwedd y ddyfais: rhowch hi i&apos;ch gweinyddwr.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Security</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Diogelwch</translation>
    </message>
    <message>
        <source>&amp;Lock after this many idle minutes</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cloi ar ôl hyn o funudau segur</translation>
    </message>
    <message>
        <source>The vault locks after this many minutes without use.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae&apos;r gladdgell yn cloi ar ôl hyn o funudau heb ei defnyddio.</translation>
    </message>
    <message>
        <source> min</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation> munud</translation>
    </message>
    <message>
        <source>Lock the vault when the system goes to sleep or the screen locks, where the system reports it.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi&apos;r gladdgell pan fydd y system yn mynd i gysgu neu pan fydd y sgrin yn cloi, lle mae&apos;r system yn rhoi gwybod am hynny.</translation>
    </message>
    <message>
        <source>Lock when the computer &amp;sleeps or the screen locks</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi pan fydd y cyfrifiadur yn cy&amp;sgu neu&apos;r sgrin yn cloi</translation>
    </message>
    <message>
        <source>&amp;Clear copied text after this many seconds</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Clirio testun a gopïwyd ar ôl hyn o &amp;eiliadau</translation>
    </message>
    <message>
        <source>Text copied from a record is removed from the clipboard after this many seconds.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae testun a gopïwyd o gofnod yn cael ei dynnu o&apos;r clipfwrdd ar ôl hyn o eiliadau.</translation>
    </message>
    <message>
        <source> s</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation> eiliad</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Golwg</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Thema</translation>
    </message>
    <message>
        <source>Theme</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Thema</translation>
    </message>
    <message>
        <source>System colours or high contrast.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Lliwiau&apos;r system neu gyferbyniad uchel.</translation>
    </message>
    <message>
        <source>Text si&amp;ze</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Maint y testun</translation>
    </message>
    <message>
        <source>Text size</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Make all text larger, from 100% to 200%.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwneud pob testun yn fwy, o 100% i 200%.</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>&amp;Default guidance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canllawia&amp;u diofyn</translation>
    </message>
    <message>
        <source>Default guidance</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canllawiau diofyn</translation>
    </message>
    <message>
        <source>The guidance offered first when you start a decision.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y canllawiau a gynigir gyntaf pan fyddwch yn dechrau penderfyniad.</translation>
    </message>
    <message>
        <source>Lock after this many idle minutes</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi ar ôl hyn o funudau segur</translation>
    </message>
    <message>
        <source>Lock when the computer sleeps or the screen locks</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cloi pan fydd y cyfrifiadur yn cysgu neu&apos;r sgrin yn cloi</translation>
    </message>
    <message>
        <source>Clear copied text after this many seconds</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Clirio testun a gopïwyd ar ôl hyn o eiliadau</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>Save and apply these settings.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cadw a rhoi&apos;r gosodiadau hyn ar waith.</translation>
    </message>
    <message>
        <source>S&amp;ave settings</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>C&amp;adw&apos;r gosodiadau</translation>
    </message>
    <message>
        <source>The computer&apos;s language</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Iaith y cyfrifiadur</translation>
    </message>
    <message>
        <source>Lan&amp;guage (from the next start)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Iaith (o&apos;r tro nesaf y bydd sharedesk yn dechrau)</translation>
    </message>
    <message>
        <source>Language (from the next start)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Iaith (o&apos;r tro nesaf y bydd sharedesk yn dechrau)</translation>
    </message>
    <message>
        <source>The language of sharedesk&apos;s screens, used from the next start. English or Cymraeg (Welsh).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Iaith sgriniau sharedesk, a ddefnyddir o&apos;r tro nesaf y bydd yn dechrau. English (Saesneg) neu Gymraeg.</translation>
    </message>
    <message>
        <source>The language changes the next time sharedesk starts.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bydd yr iaith yn newid y tro nesaf y bydd sharedesk yn dechrau.</translation>
    </message>
</context>
<context>
    <name>SettledField</name>
    <message>
        <source>Change</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Newid</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Newid %1</translation>
    </message>
    <message>
        <source>%1 – from your answer “%2” to “%3”</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1 – o&apos;ch ateb “%2” i “%3”</translation>
    </message>
    <message>
        <source>%1: %2. Goes back to the question.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1: %2. Yn mynd yn ôl i&apos;r cwestiwn.</translation>
    </message>
</context>
<context>
    <name>SideNotes</name>
    <message>
        <source>Side notes</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodiadau ochr</translation>
    </message>
    <message>
        <source>Notes that apply at every step of the guidance.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nodiadau sy&apos;n berthnasol ym mhob cam o&apos;r canllawiau.</translation>
    </message>
    <message>
        <source>Local contacts:</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cysylltiadau lleol:</translation>
    </message>
    <message>
        <source>Local contacts</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cysylltiadau lleol</translation>
    </message>
</context>
<context>
    <name>TeamOverviewScreen</name>
    <message>
        <source>Shared without &amp;consent: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhannwyd &amp;heb ganiatâd: %1</translation>
    </message>
    <message>
        <source>&quot;&amp;Do not share&quot; decisions: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau &quot;&amp;Peidio â rhannu&quot;: %1</translation>
    </message>
    <message>
        <source>&amp;Reviews due: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Adolygiadau&apos;n ddyledus: %1</translation>
    </message>
    <message>
        <source>&amp;Awaiting countersignature: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn aros am gy&amp;dlofnod: %1</translation>
    </message>
    <message>
        <source>Team overview</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Trosolwg o&apos;r tîm</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau</translation>
    </message>
    <message>
        <source>Decisions by practitioner</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau fesul ymarferydd</translation>
    </message>
    <message>
        <source>Decisions by outcome</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau fesul canlyniad</translation>
    </message>
    <message>
        <source>Decisions by month</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau fesul mis</translation>
    </message>
    <message>
        <source>Reading the figures</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n darllen y ffigurau</translation>
    </message>
    <message>
        <source>Records behind the figure</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cofnodion y tu ôl i&apos;r ffigur</translation>
    </message>
    <message>
        <source>Created</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Crëwyd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Practitioner</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ymarferydd</translation>
    </message>
    <message>
        <source>Subject</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwrthrych</translation>
    </message>
    <message>
        <source>&amp;Open record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>A&amp;gor y cofnod</translation>
    </message>
    <message>
        <source>Open record</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Agor y cofnod</translation>
    </message>
    <message>
        <source>E&amp;xport these records...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>A&amp;llforio&apos;r cofnodion hyn...</translation>
    </message>
    <message>
        <source>Export these records...</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Allforio&apos;r cofnodion hyn...</translation>
    </message>
    <message>
        <source>The figures could not be read (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd darllen y ffigurau (%1).</translation>
    </message>
    <message>
        <source>%1 finalised decisions in this vault.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1 penderfyniad wedi&apos;u cwblhau yn y gladdgell hon.</translation>
    </message>
    <message>
        <source>(not recorded)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>(heb ei gofnodi)</translation>
    </message>
    <message>
        <source>Decisions by %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau fesul %1</translation>
    </message>
    <message>
        <source>Decisions: %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau: %1</translation>
    </message>
    <message>
        <source>Decisions in %1</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Penderfyniadau yn %1</translation>
    </message>
    <message>
        <source>%1: %2 records</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>%1: %2 cofnod</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Enter your passphrase.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhowch eich cyfrinymadrodd.</translation>
    </message>
    <message>
        <source>That passphrase does not open the vault. Check Caps Lock and try again.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y gladdgell. Gwiriwch Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The vault could not be opened (%1).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Nid oedd modd agor y gladdgell (%1).</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong tries. You can try again in %n second(s).</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>
            <numerusform>Gormod o gynigion anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
            <numerusform>Gormod o gynigion anghywir. Gallwch roi cynnig arall arni ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock sharedesk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Datgloi sharedesk</translation>
    </message>
    <message>
        <source>Your records are locked. Enter your passphrase to open the vault.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mae eich cofnodion wedi&apos;u cloi. Rhowch eich cyfrinymadrodd i agor y gladdgell.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The passphrase for your vault.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Y cyfrinymadrodd ar gyfer eich claddgell.</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Show the passphrase as you type it.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dangos y cyfrinymadrodd wrth i chi ei deipio.</translation>
    </message>
    <message>
        <source>&amp;Show passphrase</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>D&amp;angos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Unlocking</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wrthi&apos;n datgloi</translation>
    </message>
    <message>
        <source>Shown while the vault is being unlocked.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn cael ei ddangos tra bo&apos;r gladdgell yn cael ei datgloi.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Open the vault with this passphrase.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Agor y gladdgell gyda&apos;r cyfrinymadrodd hwn.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>&amp;Datgloi</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Something went wrong inside sharedesk (%1). Your saved records are safe. If it happens again, tell your IT contact.</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Aeth rhywbeth o&apos;i le yn sharedesk (%1). Mae eich cofnodion sydd wedi&apos;u cadw yn ddiogel. Os bydd yn digwydd eto, rhowch wybod i&apos;ch cyswllt TG.</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Shared</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhannwyd</translation>
    </message>
    <message>
        <source>Shared in part</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhannwyd yn rhannol</translation>
    </message>
    <message>
        <source>Not shared</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Ni rannwyd</translation>
    </message>
    <message>
        <source>Final</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Terfynol</translation>
    </message>
    <message>
        <source>Draft</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Content removed</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Tynnwyd y cynnwys</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Heb ei anfon eto</translation>
    </message>
    <message>
        <source>Copy saved, waiting</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Copi wedi&apos;i gadw, yn aros</translation>
    </message>
    <message>
        <source>Sent, waiting for receipt</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Anfonwyd, yn aros am dderbynneb</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <source>Conflict: re-queue or mark delivered</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Gwrthdaro: ailgiwio neu nodi ei fod wedi&apos;i ddanfon</translation>
    </message>
    <message>
        <source>Re-queued</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wedi&apos;i ailgiwio</translation>
    </message>
    <message>
        <source>Finalised</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Imported from another device</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wedi&apos;i fewnforio o ddyfais arall</translation>
    </message>
    <message>
        <source>Amended</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Diwygiwyd</translation>
    </message>
    <message>
        <source>Countersigned</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Cydlofnodwyd</translation>
    </message>
    <message>
        <source>Exported</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Wedi&apos;i allforio</translation>
    </message>
    <message>
        <source>Queued to send again</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yn y ciw i&apos;w anfon eto</translation>
    </message>
    <message>
        <source>Listed in bulk</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Rhestrwyd mewn swmp</translation>
    </message>
    <message>
        <source>Received</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Derbyniwyd</translation>
    </message>
    <message>
        <source>Imported</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Mewnforiwyd</translation>
    </message>
    <message>
        <source>England 2018</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Lloegr 2018</translation>
    </message>
    <message>
        <source>England 2024</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Lloegr 2024</translation>
    </message>
    <message>
        <source>Scotland</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Yr Alban</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Dogfen PDF</translation>
    </message>
    <message>
        <source>JSON</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>JSON</translation>
    </message>
    <message>
        <source>CSV spreadsheet</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Taenlen CSV</translation>
    </message>
    <message>
        <source>FHIR R4 bundle</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndel FHIR R4</translation>
    </message>
    <message>
        <source>Accessible HTML</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>HTML hygyrch</translation>
    </message>
    <message>
        <source>Encrypted bundle (age)</source>
        <translatorcomment>Machine-made Welsh: to be reviewed by a Welsh speaker.</translatorcomment>
        <translation>Bwndel wedi&apos;i amgryptio (age)</translation>
    </message>
</context>
</TS>
