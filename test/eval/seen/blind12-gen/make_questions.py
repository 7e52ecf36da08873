#!/usr/bin/env python3
"""Writes holdout12/questions.en.json and questions.zh.json (blind set 12, issue #17).

Data lives in this file. Each language: 100 on-topic questions with the quota from the brief
and 20 off-topic ones (many near misses), shuffled with a fixed seed.
"""
import json, random, os
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "holdout12")

QUOTA = {"documents": 11, "activation": 11, "newborn-insurance": 10, "process": 9,
         "card-kinds": 9, "who-can-act": 9, "apply-where": 6, "photo": 5,
         "child-eligibility": 5, "lost-card": 5, "legal-basis": 5, "privacy": 5,
         "hotlines": 5, "not-covered": 5, "off-topic": 20}

EN = {
 "documents": [
  "what do i need to bring to get my daughters social security card",
  "docs needed for kid shebao card?? she is 4",
  "do i need both me and my husbands id cards or is one enough",
  "is the hukou book enough or do they want the birth cert too",
  "were in haikou, what papers for my sons card",
  "my kid doesnt have an ID card yet can i use the household register instead",
  "originals or photocopies of the ids? which do they want",
  "what should i take to the bank to make the card for my 2yo",
  "when exactly do i need the birth medical certificate for the card",
  "list of materials for applying childs ss card pls",
  "im the mum, what id do i show when applying for my sons card",
 ],
 "activation": [
  "how do i activte my kids social security card",
  "card came but the app says 封存 what does that mean",
  "can i activate it on my phone or do we have to go in person",
  "how to turn on the bank part of my sons card",
  "how do i activate the medical insurance e voucher for my baby",
  "how do i add my child's electronic social security card in my own app",
  "do the medical account and the bank account get activated seperately",
  "card is made, how do we start using it to buy medicine",
  "we live in qingyuan, where do i activate my daughters card",
  "if we never activate the card does it expire or something",
  "is changing the pin enough to switch on the social security function",
 ],
 "newborn-insurance": [
  "baby born last week how do i get her medical insurance",
  "is there a deadline to sign my newborn up for residents medical insurance",
  "missed the 90 days for my son, will insurance still pay his bills from birth?",
  "can i enrol my newborn with only the birth certificate, no hukou yet",
  "my baby is 2 months, what should i sort out first",
  "newborn in the NICU, if we sign up for insurance now does it cover from day one",
  "do we enrol the baby ourselves or does the hospital do it",
  "do we have to pay the premium for the year she was born",
  "we're in xian, baby is 4 months and still not insured, what happens",
  "after we register the babys hukou do we need to update his insurance info",
 ],
 "process": [
  "whats the order for a newborn, insurance first or card first",
  "steps to get my kid a social security card from start to finish?",
  "do i need the physical card before i can get the electronic one",
  "what comes after applying, when do i activate",
  "new mum here, which of these cards do i sort out first",
  "how does the whole thing go for a 3 year old who has nothing yet",
  "walk me thru the process pls",
  "is it apply then collect then activate, or something else",
  "first time doing this for my son, where do i even start",
 ],
 "card-kinds": [
  "whats the difference between the social security card and the medical insurance e voucher",
  "is the electronic ss card the same thing as the 医保码",
  "do kids need all three cards or just one of them",
  "is the electronic card basically a copy of the physical one",
  "friend said the e-voucher doesnt need the plastic card at all, true?",
  "国家医保服务平台 vs 电子社保卡 app, which is for what",
  "so there are 3 different 'cards'?? so confused",
  "who runs the e voucher and who runs the social security card",
  "if my baby has the 医保电子凭证 does she still need a social security card",
 ],
 "who-can-act": [
  "can grandma apply for the card for my son, we both work",
  "does my kid have to come with me to the bank",
  "can dad do it alone or does mum have to be there too",
  "my parents look after my daughter, can they activate it for her",
  "can a friend go for me if i write an authorization letter",
  "who is allowed to apply for a child under 16",
  "my 15 year old wants to go by himself, is that ok",
  "can my husband add our son to his electronic card or only me",
  "im his aunt and his legal guardian, can i apply for him",
 ],
 "apply-where": [
  "where do i apply for my childs socail security card",
  "can i apply online or must i go to a bank",
  "which bank do i go to for the kids card",
  "in zhongshan where can i get my sons card made",
  "is there somewhere that makes the card on the spot",
  "do i apply at the hrss office or at the bank",
 ],
 "photo": [
  "does my 3 yr old need a photo on the card",
  "photo size for kids ss card?",
  "baby cant even sit up for a photo, can we skip it",
  "guiyang, son is 5, photo needed or not",
  "can a toddlers card just have no picture",
 ],
 "child-eligibility": [
  "can a newborn even get a social security card",
  "what age can kids get a shebao card",
  "daughter is 2 months, is she too young for a card",
  "does my child have to be insured before he can get the card",
  "is the card compulsory for kids or is it optional",
 ],
 "lost-card": [
  "my son lost his card how do i report it",
  "card snapped in half, how to get a new one",
  "found the card after reporting it lost, can i cancel the report",
  "kids card is lost, does the electronic one still work",
  "lost my daughters card at the park, what now",
 ],
 "legal-basis": [
  "what law says how the social security card works",
  "why are the rules different in every city",
  "is there a regulation about ss cards at all",
  "article 16 what does it actually say",
  "who decides which documents are required",
 ],
 "privacy": [
  "who can see my childs info on the card",
  "is my kids data safe if i upload his photo in the app",
  "will the bank get access to my sons medical records",
  "what happens to the personal data we hand in when applying",
  "is it safe to type my babys id number into the app",
 ],
 "hotlines": [
  "whats the phone number for social security questions",
  "which number do i call about medical insurance",
  "12393 or 12333, which one for the e voucher",
  "is there a hotline i can ring from my mobile",
  "number to call in kunming about my kids card",
 ],
 "not-covered": [
  "how much does the card cost",
  "how much will insurance reimburse for my kids hospital stay",
  "how much is the residents medical insurance premium for a child this year",
  "can my kids card be used in another province",
  "how many years before the card expires",
 ],
 "off-topic": [
  "how do i get my son an ID card",
  "best car insurance for a family of four",
  "should i buy commercial health insurance for my baby",
  "how to register my newborns hukou",
  "how do i apply for a passport for my 6 year old",
  "can i open a savings bank account for my child",
  "what documents for primary school enrolment",
  "what vaccines does a 2 month old need",
  "how do i claim maternity allowance",
  "how do i book a train ticket for a child",
  "whats the weather in haikou tomorrow",
  "recommend a good kindergarten in wuhan",
  "my pension payment is late",
  "how to check my housing fund balance",
  "travel insurance for kids going to japan",
  "can my kid get a library card",
  "how to renew my drivers license",
  "which baby formula is best",
  "how to get a student metro card for my son",
  "tell me a joke",
 ],
}

ZH = {
 "documents": [
  "给孩子办社保卡要带啥",
  "办娃的社保卡要啥材料 爸妈身份证都要吗",
  "户口本够不够 还要出生证明不",
  "孩子还没身份证 用户口本行不行",
  "海口办小孩社保卡要什么资料",
  "要带复印件吗还是原件就行",
  "宝宝三岁去银行办卡带哪些证件",
  "出生医学证明啥时候才需要",
  "我跟孩子不在一个户口本上 要带啥证明",
  "贵阳给娃办卡材料清单",
  "监护人要带什么证件去",
 ],
 "activation": [
  "娃的社保卡咋激活",
  "卡上显示封存是啥意思",
  "手机上能激活社保卡吗 不想跑银行",
  "金融功能怎么开通",
  "医保电子凭证怎么帮孩子激活",
  "孩子的电子社保卡怎么开通",
  "社保功能和银行功能要分开激活吗",
  "清远的社宝卡在哪激活",
  "卡办下来了一直不激活会咋样",
  "改了社保密码就算激活了吗",
  "支付宝能给孩子弄医保码吗",
 ],
 "newborn-insurance": [
  "宝宝刚出生怎么参加医保",
  "新生儿医保多久之内要办",
  "过了90天才给娃交医保 出生时住院的钱还能报吗",
  "只有出生证明没上户口能参保吗",
  "新生儿参保是医院给办还是我们自己办",
  "出生那年的医保费要交吗",
  "宝宝在新生儿科住院 现在补交医保能报销不",
  "孩子上完户口医保信息要改吗",
  "西安的娃四个月了还没交医保咋整",
  "新生儿医保是从出生那天开始算吗",
 ],
 "process": [
  "新生儿先办医保还是先办社保卡",
  "给孩子办社保卡流程是啥",
  "电子社保卡要先有实体卡吗",
  "申请完了下一步干嘛",
  "头一回给娃办这些 从哪开始",
  "办卡到激活一共几步",
  "一步一步教我怎么弄",
  "娃两岁啥都没办 按什么顺序来",
  "是先申请再领卡再激活吗",
 ],
 "card-kinds": [
  "社保卡和医保电子凭证有啥区别",
  "电子社保卡跟医保码是一个东西吗",
  "小孩三个卡都得办吗",
  "电子社保卡是不是就是实体卡的手机版",
  "医保电子凭证不用实体卡也行？",
  "国家医保服务平台和电子社保卡app有啥不同",
  "这么多卡到底哪个是哪个",
  "医保凭证是谁管的 社保卡又是谁管",
  "有了医保码还要办社保卡不",
 ],
 "who-can-act": [
  "奶奶能帮孙子办社保卡吗",
  "办卡孩子本人要去吗",
  "爸爸一个人去行不 妈妈要到场吗",
  "外公外婆带娃 他们能替我们激活吗",
  "找朋友代办可以不 写个委托书",
  "十六岁以下谁来办",
  "孩子十五了能自己去办吗",
  "孩子他爸能在他的电子社保卡上加孩子吗 还是只能我加",
  "我是孩子姑姑也是监护人 能办吗",
 ],
 "apply-where": [
  "小孩社保卡在哪办",
  "能网上申请吗还是得去银行",
  "去哪个银行办娃的卡",
  "中山给孩子办社保卡去哪",
  "有没有能当场出卡的地方",
  "是去人社局还是银行申请",
 ],
 "photo": [
  "两岁的娃要拍照片吗",
  "社保卡照片尺寸多少",
  "宝宝太小拍不了照咋办",
  "贵阳五岁孩子办卡要照片不",
  "河南小孩社保卡必须有照片吗",
 ],
 "child-eligibility": [
  "刚出生的宝宝能办社保卡吗",
  "孩子多大可以办社保卡",
  "两个月的宝宝太小了能办卡不",
  "孩子没参保能办社保卡吗",
  "小孩社保卡是必须办的吗",
 ],
 "lost-card": [
  "孩子社保卡丢了咋挂失",
  "卡折断了怎么补",
  "挂失了又找到了能解挂吗",
  "实体卡丢了电子社保卡还能用不",
  "娃的卡弄丢了 我能替他挂失吗",
 ],
 "legal-basis": [
  "社保卡是按哪个法规管的",
  "为啥各地要求不一样",
  "第十六条讲的啥",
  "办卡要哪些材料是谁规定的",
  "有没有关于社保卡管理的文件",
 ],
 "privacy": [
  "孩子信息会被谁看到",
  "上传娃的照片安全吗",
  "银行能看到孩子的看病记录吗",
  "办卡交的个人信息会拿去干啥",
  "在app里填宝宝身份证号会泄露吗",
 ],
 "hotlines": [
  "社保咨询电话多少",
  "医保热线是哪个号",
  "医保电子凭证的问题打12393还是12333",
  "手机打12333要加区号吗",
  "昆明问社保卡打什么电话",
 ],
 "not-covered": [
  "办社保卡要钱吗",
  "孩子住院医保能报多少",
  "今年小孩居民医保交多少钱",
  "孩子的社保卡去外地能用吗",
  "社保卡有效期几年",
 ],
 "off-topic": [
  "孩子身份证怎么办",
  "车险哪家便宜",
  "给宝宝买商业医疗险划算吗",
  "新生儿怎么上户口",
  "小孩办护照要啥材料",
  "给孩子开个银行卡存压岁钱",
  "小学报名要准备什么",
  "两个月宝宝打什么疫苗",
  "生育津贴怎么领",
  "儿童火车票怎么买",
  "明天海口天气咋样",
  "武汉哪个幼儿园好",
  "我的养老金怎么还没到账",
  "公积金余额怎么查",
  "孩子出国旅游保险买哪种",
  "图书馆借书证小孩能办吗",
  "驾照到期怎么换",
  "奶粉哪个牌子好",
  "学生公交卡怎么办",
  "讲个笑话",
 ],
}


def build(data, seed):
    for topic, n in QUOTA.items():
        got = len(data[topic])
        assert got == n, (topic, got, n)
    items = [{"text": t, "topic": topic} for topic in QUOTA for t in data[topic]]
    texts = [i["text"] for i in items]
    assert len(set(texts)) == len(texts), "duplicate question"
    assert len(items) == 120
    random.Random(seed).shuffle(items)
    return items


if __name__ == "__main__":
    for lang, data, seed in (("en", EN, 1201), ("zh", ZH, 1202)):
        items = build(data, seed)
        path = os.path.join(OUT, f"questions.{lang}.json")
        with open(path, "w", encoding="utf-8") as f:
            json.dump(items, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(path, len(items), dict(Counter(i["topic"] for i in items)))
